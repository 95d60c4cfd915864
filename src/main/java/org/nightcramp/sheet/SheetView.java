package org.nightcramp.sheet;

import org.nightcramp.navigation.Navigator;
import org.nightcramp.l10n.Texts;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Group;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.transform.Scale;
import javafx.stage.FileChooser;
import org.controlsfx.glyphfont.Glyph;
import org.nightcramp.sheet.print.PrintPanel;
import org.nightcramp.sheet.print.PrintPanelModel;

/**
 * The advice-sheet page (SheetView.fxml): name, note and paper, the pages as they print, Save,
 * and Print, which opens the print panel over the page.
 */
public final class SheetView {

    private static final System.Logger LOG = System.getLogger(SheetView.class.getName());

    private final SheetViewModel model;
    private final Function<SheetViewModel, PrintPanelModel> printing;
    private final PageNodes nodes;
    private final Navigator navigator;
    /** One zoom for every page, so the pages fill the preview's width. */
    private final Scale zoom = new Scale(1, 1);

    /** True while a save runs in the background. */
    private final javafx.beans.property.BooleanProperty saving = new javafx.beans.property.SimpleBooleanProperty();
    @FXML private BorderPane sheetView;
    @FXML private TextField sheetName;
    @FXML private TextArea sheetNote;
    @FXML private ComboBox<Paper> sheetPaper;
    @FXML private Button sheetPrint;
    @FXML private Button sheetSave;
    @FXML private Label sheetPages;
    @FXML private ScrollPane sheetPreview;
    @FXML private VBox sheetPageList;
    @FXML private PrintPanel printPanelController;

    /**
     * @param printing the print panel's model for this sheet
     * @param navigator owns the save dialog and shows notices without stopping the person
     */
    public SheetView(SheetViewModel model, Function<SheetViewModel, PrintPanelModel> printing, PageNodes nodes,
                     Navigator navigator) {
        this.model = model;
        this.printing = printing;
        this.nodes = nodes;
        this.navigator = navigator;
    }

    @FXML
    private void initialize() {
        sheetName.textProperty().bindBidirectional(model.nameProperty());
        sheetNote.textProperty().bindBidirectional(model.noteProperty());
        sheetPaper.setItems(FXCollections.observableArrayList(Paper.values()));
        sheetPaper.valueProperty().bindBidirectional(model.paperProperty());
        sheetPages.textProperty().bind(model.pagesTextProperty());
        sheetPrint.setGraphic(new Glyph("FontAwesome", "PRINT"));
        sheetSave.setGraphic(new Glyph("FontAwesome", "DOWNLOAD"));
        sheetPreview.viewportBoundsProperty().addListener((obs, old, bounds) -> fit(bounds.getWidth()));
        model.planProperty().addListener((obs, old, plan) -> show(plan));
        show(model.planProperty().get());
        printPanelController.attach(printing.apply(model), navigator::showNotice, this::save);
        // The page behind the panel takes no clicks or keys while the panel is open.
        sheetView.disableProperty().bind(printPanelController.openProperty());
        sheetPrint.defaultButtonProperty().bind(Bindings.not(printPanelController.openProperty()));
        // Without its fonts there is no sheet to print or save; the preview says why.
        sheetPrint.disableProperty().bind(model.planProperty().isNull());
        sheetSave.disableProperty().bind(model.planProperty().isNull().or(saving));
        sheetPages.visibleProperty().bind(model.planProperty().isNotNull());
        sheetPages.managedProperty().bind(sheetPages.visibleProperty());
        printPanelController.openProperty().addListener((obs, was, open) -> {
            if (!open) {
                sheetPrint.requestFocus();
            }
        });
        // The page is cached by the main window; coming back to it may follow new answers.
        sheetView.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                model.refresh();
            }
        });
    }

    private void show(PagePlan plan) {
        sheetPageList.getChildren().clear();
        if (plan == null) {
            Label problem = new Label();
            problem.setId("sheetProblem");
            problem.setWrapText(true);
            problem.getStyleClass().addAll(org.nightcramp.ui.Styles.CALLOUT, org.nightcramp.ui.Styles.DANGER);
            problem.textProperty().bind(model.pagesTextProperty());
            sheetPageList.getChildren().add(problem);
            return;
        }
        int count = plan.pages().size();
        for (PlannedPage page : plan.pages()) {
            Group drawn = nodes.page(page, plan.geometry());
            drawn.getTransforms().add(zoom);
            StackPane frame = new StackPane(new Group(drawn));
            frame.getStyleClass().add("sheet-page-frame");
            frame.setId("sheetPageFrame-" + page.number());
            frame.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
            frame.setAccessibleText(model.words().text("sheet.view.page", page.number(), count) + "\n" + page.text());
            sheetPageList.getChildren().add(frame);
        }
    }

    /** Pages as wide as the preview allows, between 80 % and 130 % of their printed size. */
    private void fit(double viewportWidth) {
        if (model.planProperty().get() == null) {
            return;
        }
        double page = model.planProperty().get().geometry().width();
        double scale = Math.max(0.8, Math.min(1.3, (viewportWidth - 56) / page));
        zoom.setX(scale);
        zoom.setY(scale);
    }

    @FXML
    private void print() {
        printPanelController.open();
    }

    @FXML
    private void save() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text("sheet.save.title"));
        chooser.setInitialFileName(model.defaultFileName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text("sheet.save.filter"), "*.pdf"));
        Path documents = Path.of(System.getProperty("user.home"), "Documents");
        if (Files.isDirectory(documents)) {
            chooser.setInitialDirectory(documents.toFile());
        }
        File file = chooser.showSaveDialog(navigator.owner());
        if (file != null) {
            saveTo(file.toPath());
        }
    }

    /** Saves in the background and says how it went. */
    void saveTo(Path file) {
        Path target = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")
                ? file : file.resolveSibling(file.getFileName() + ".pdf");
        saving.set(true);
        model.save(target).whenComplete((saved, error) -> Platform.runLater(() -> {
            saving.set(false);
            if (error == null) {
                navigator.showNotice(text("sheet.save.done", saved));
            } else {
                LOG.log(System.Logger.Level.ERROR, "Cannot save the advice sheet to " + target, error);
                navigator.showNotice(text("sheet.save.failed", target));
            }
        }));
    }

    private String text(String key, Object... args) {
        return model.words().text(key, args);
    }
}
