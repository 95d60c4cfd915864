package org.nightcramp.reader;

import java.util.Objects;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.nightcramp.ui.WrapRow;
import org.controlsfx.glyphfont.Glyph;
import org.nightcramp.content.Guide;
import org.nightcramp.l10n.Texts;

/** The whole guide as a reading view, with a table of contents and find in guide (ReaderView.fxml). */
public final class ReaderView {

    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    private final ReaderViewModel viewModel;
    private final ReaderPage page;
    private final Runnable findAccelerator = this::openFind;
    private SectionScroller scroller;

    @FXML private BorderPane readerView;
    @FXML private ListView<Section> readerToc;
    @FXML private ScrollPane readerScroll;
    @FXML private VBox readerPage;
    @FXML private WrapRow findBar;
    @FXML private TextField findField;
    @FXML private Button findPrevious;
    @FXML private Button findNext;
    @FXML private Button findClose;
    @FXML private Label findStatus;

    /**
     * @param illustrations draws an illustration from its file name under {@code content/illustrations/}
     */
    public ReaderView(ReaderViewModel viewModel, Function<String, Node> illustrations) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.page = new ReaderPage(viewModel.document(), Objects.requireNonNull(illustrations, "illustrations"));
    }

    /** The reader for a guide, with its words from the UI bundle. */
    public ReaderView(Guide guide, Texts texts, Function<String, Node> illustrations) {
        this(viewModel(guide, texts), illustrations);
    }

    private static ReaderViewModel viewModel(Guide guide, Texts texts) {
        return new ReaderViewModel(ReaderDocumentBuilder.build(guide, texts), texts);
    }

    @FXML
    private void initialize() {
        readerPage.getChildren().setAll(page.column());
        readerToc.getItems().setAll(viewModel.document().sections());
        readerToc.setCellFactory(list -> new TocCell());
        scroller = new SectionScroller(viewModel, readerToc, readerScroll, page);
        scroller.install();
        new ReadingPlace(readerScroll, page).install();

        findBar.visibleProperty().bind(viewModel.findOpenProperty());
        findBar.managedProperty().bind(viewModel.findOpenProperty());
        findField.textProperty().bindBidirectional(viewModel.findQueryProperty());
        findStatus.textProperty().bind(viewModel.findStatusProperty());
        findPrevious.setGraphic(new Glyph("FontAwesome", "CHEVRON_UP"));
        findNext.setGraphic(new Glyph("FontAwesome", "CHEVRON_DOWN"));
        findClose.setGraphic(new Glyph("FontAwesome", "CLOSE"));
        var noMatches = Bindings.createBooleanBinding(() -> viewModel.matchesProperty().get().isEmpty(),
                viewModel.matchesProperty());
        findPrevious.disableProperty().bind(noMatches);
        findNext.disableProperty().bind(noMatches);
        findField.addEventFilter(KeyEvent.KEY_PRESSED, this::findFieldKey);
        findBar.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                closeFind();
            }
        });
        viewModel.matchesProperty().addListener((obs, old, matches) -> highlight());
        viewModel.currentMatchProperty().addListener((obs, old, match) -> {
            highlight();
            if (match != null) {
                scroller.reveal(match);
            }
        });
        readerView.sceneProperty().addListener((obs, old, scene) -> moveAccelerator(old, scene));
    }

    // Commands

    /** Scrolls to a section, by its id in the {@link ReaderDocument}, and selects it in the contents. */
    public void showSection(String sectionId) {
        if (!page.sections().containsKey(sectionId)) {
            throw new IllegalArgumentException("No reader section " + sectionId + "; sections are "
                    + page.sections().keySet());
        }
        viewModel.selectedSectionProperty().set(sectionId);
        scroller.scrollToSection(sectionId);
    }

    /** Shows the find bar and puts the cursor in it. */
    public void openFind() {
        viewModel.openFind();
        findField.requestFocus();
        findField.selectAll();
    }

    @FXML
    private void findNext() {
        viewModel.nextMatch();
    }

    @FXML
    private void findPrevious() {
        viewModel.previousMatch();
    }

    @FXML
    private void closeFind() {
        viewModel.closeFind();
        readerScroll.requestFocus();
    }

    private void findFieldKey(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER) {
            e.consume();
            if (e.isShiftDown()) {
                viewModel.previousMatch();
            } else {
                viewModel.nextMatch();
            }
        }
    }

    // Find

    private void highlight() {
        page.highlight(viewModel.matchesProperty().get(), viewModel.currentMatchProperty().get());
    }

    /** Ctrl+F works wherever focus is in the window; a shortcut the app already set for it wins. */
    private void moveAccelerator(Scene from, Scene to) {
        if (from != null) {
            from.getAccelerators().remove(FIND, findAccelerator);
        }
        if (to != null) {
            to.getAccelerators().putIfAbsent(FIND, findAccelerator);
        }
    }
}
