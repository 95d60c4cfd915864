package org.nightcramp.wizard;

import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.glyphfont.Glyph;

/**
 * The wizard's shell (WizardView.fxml): the step indicator, the page of the current step, and
 * Back, Next / Finish and Start over. Enter is Next; Alt+Left is Back.
 */
public final class WizardView {

    private static final KeyCombination BACK = new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN);

    private final WizardViewModel viewModel;
    private final WizardText text;
    private final Function<WizardStep, StepPage> pages;
    private final BooleanSupplier confirmStartOver;
    private final Runnable backAccelerator = this::back;
    private StepPage page;

    @FXML private BorderPane wizardView;
    @FXML private Label stepLabel;
    @FXML private Label stepName;
    @FXML private HBox stepIndicator;
    @FXML private ScrollPane stepScroll;
    @FXML private StackPane stepHost;
    @FXML private VBox navBar;
    @FXML private Button startOverButton;
    @FXML private Button backButton;
    @FXML private Button nextButton;

    /**
     * @param pages            loads the page of a step
     * @param confirmStartOver asks the person before every answer is forgotten
     */
    public WizardView(WizardViewModel viewModel, WizardText text, Function<WizardStep, StepPage> pages,
                      BooleanSupplier confirmStartOver) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.text = Objects.requireNonNull(text, "text");
        this.pages = Objects.requireNonNull(pages, "pages");
        this.confirmStartOver = Objects.requireNonNull(confirmStartOver, "confirmStartOver");
    }

    @FXML
    private void initialize() {
        StepIndicator indicator = new StepIndicator(viewModel, text, stepIndicator);
        indicator.install();
        // The step's name stays in sight when a long page is scrolled.
        stepName.textProperty().bind(Bindings.createStringBinding(
                () -> indicator.name(viewModel.currentStepProperty().get()), viewModel.currentStepProperty()));
        stepLabel.setLabelFor(stepIndicator);
        stepLabel.textProperty().bind(Bindings.createStringBinding(
                () -> text.text("wizard.step.of", viewModel.currentProperty().get() + 1, viewModel.steps().size()),
                viewModel.currentProperty()));
        BooleanBinding atStart = viewModel.currentProperty().isEqualTo(0);
        BooleanBinding atSummary = viewModel.currentProperty().isEqualTo(viewModel.steps().last());
        navBar.visibleProperty().bind(atStart.not());
        navBar.managedProperty().bind(navBar.visibleProperty());
        nextButton.visibleProperty().bind(atStart.or(atSummary).not());
        nextButton.managedProperty().bind(nextButton.visibleProperty());
        // One default button at a time: on the start page its own Begin / Resume takes Enter.
        nextButton.defaultButtonProperty().bind(nextButton.visibleProperty());
        nextButton.textProperty().bind(Bindings.createStringBinding(() -> text.text(
                viewModel.isLastQuestionStep() ? "wizard.finish" : "wizard.next"), viewModel.currentProperty()));
        nextButton.setGraphic(glyph("ARROW_RIGHT"));
        backButton.setGraphic(glyph("ARROW_LEFT"));
        startOverButton.setGraphic(glyph("UNDO"));
        backButton.setTooltip(new Tooltip(text.text("wizard.back.tip")));
        nextButton.setTooltip(new Tooltip(text.text("wizard.next.tip")));
        nextButton.setOnAction(e -> viewModel.next());
        backButton.setOnAction(e -> back());
        startOverButton.setOnAction(e -> startOver());
        wizardView.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        viewModel.currentStepProperty().addListener((obs, old, step) -> show(step));
        // Shown again (from Home, or rebuilt in another language): focus comes in if it was lost
        // with the old page, but stays in the navigation bar for someone arrowing through it.
        wizardView.sceneProperty().addListener((obs, old, scene) -> {
            moveAccelerator(old, scene);
            if (scene != null && (scene.getFocusOwner() == null || scene.getFocusOwner().getScene() != scene)) {
                focusPage();
            }
        });
        show(viewModel.currentStepProperty().get());
    }

    private void show(WizardStep step) {
        page = pages.apply(step);
        stepHost.getChildren().setAll(page.root());
        stepScroll.setVvalue(0);
        // Later, so a button that handled the key or click does not take focus back afterwards.
        Platform.runLater(this::focusPage);
    }

    private void focusPage() {
        if (wizardView.getScene() != null) {
            page.initialFocus().get().ifPresent(Node::requestFocus);
        }
    }

    private void back() {
        viewModel.back();
    }

    private void startOver() {
        if (confirmStartOver.getAsBoolean()) {
            viewModel.startOver();
        }
    }

    /** Alt+Left works wherever focus is in the window while the wizard shows. */
    private void moveAccelerator(Scene from, Scene to) {
        if (from != null) {
            from.getAccelerators().remove(BACK, backAccelerator);
        }
        if (to != null) {
            // put, not putIfAbsent: in a language switch the old page may let go only afterwards.
            to.getAccelerators().put(BACK, backAccelerator);
        }
    }

    private void keys(KeyEvent e) {
        if (BACK.match(e)) {
            // Here too, before an answer's arrow-key handling could take it.
            e.consume();
            back();
        } else if (e.getCode() == KeyCode.ENTER && e.getTarget() instanceof RadioButton) {
            // JavaFX would select the focused answer; Space does that, Enter means Next here.
            // On any other button Enter does what that button says, as JavaFX already does.
            e.consume();
            if (nextButton.isVisible() && !nextButton.isDisabled()) {
                nextButton.fire();
            }
        }
    }

    private static Glyph glyph(String name) {
        return new Glyph("FontAwesome", name);
    }
}
