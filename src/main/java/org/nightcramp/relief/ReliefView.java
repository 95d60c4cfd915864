package org.nightcramp.relief;

import java.util.function.Function;
import javafx.animation.AnimationTimer;
import javafx.animation.ScaleTransition;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.controlsfx.control.SegmentedButton;
import org.controlsfx.control.ToggleSwitch;
import org.controlsfx.glyphfont.Glyph;
import org.nightcramp.relief.ReliefDisplay.PrimaryAction;
import org.nightcramp.relief.ReliefDisplay.Screen;

/** The relief panel's FXML controller: binds the controls to the view model and keeps asking it what to show. */
public final class ReliefView {

    private static final PseudoClass CHOSEN = PseudoClass.getPseudoClass("chosen");

    private final ReliefViewModel model;
    private final Function<String, Node> illustrations;
    /** Asks the engine what to show once a frame; JavaFX's pulse time is ignored, the engine's clock rules. */
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long pulseNanos) {
            refresh();
        }
    };
    private boolean timerOn;
    private ReliefToolbar toolbar;

    @FXML private BorderPane reliefView;
    @FXML private Label reliefRoutineLabel;
    @FXML private SegmentedButton reliefChooser;
    @FXML private HBox reliefSettings;
    @FXML private Label reliefHoldLabel;
    @FXML private Spinner<Integer> reliefHold;
    @FXML private Label reliefRepetitionsLabel;
    @FXML private Spinner<Integer> reliefRepetitions;
    @FXML private ToggleSwitch reliefSound;
    @FXML private Label reliefNoSound;
    @FXML private ToggleSwitch reliefVoice;
    @FXML private StackPane reliefIllustration;
    @FXML private ScrollPane reliefSideScroll;
    @FXML private VBox reliefTimerPane;
    @FXML private Label reliefStep;
    @FXML private Label reliefTitle;
    @FXML private Label reliefCounter;
    @FXML private ReliefDial reliefDial;
    @FXML private Label reliefStatus;
    @FXML private Label reliefInstruction;
    @FXML private Label reliefNext;
    @FXML private Label reliefMassageNote;
    @FXML private Label reliefSafety;
    @FXML private VBox reliefCheckPane;
    @FXML private Label reliefCheckTitle;
    @FXML private Button reliefCheckYes;
    @FXML private Button reliefCheckNo;
    @FXML private Label reliefCheckQuestion;
    @FXML private VBox reliefHelpPane;
    @FXML private Label reliefHelpTitle;
    @FXML private Label reliefHelpText;
    @FXML private Button reliefHelpOpen;
    @FXML private Label reliefCheckHint;
    @FXML private Label reliefDoneTitle;
    @FXML private Label reliefDoneQuestion;
    @FXML private VBox reliefDonePane;
    @FXML private Label reliefDoneSummary;
    @FXML private Button reliefHelpedYes;
    @FXML private Button reliefHelpedALittle;
    @FXML private Button reliefHelpedNo;
    @FXML private Label reliefThanks;
    @FXML private ProgressBar reliefOverall;
    @FXML private Label reliefOverallLabel;
    @FXML private Button reliefBack;
    @FXML private Button reliefStart;
    @FXML private Button reliefSkip;
    @FXML private Button reliefRestart;
    @FXML private Button reliefStop;

    /** @param illustrations draws an illustration file by name, coloured by the theme */
    public ReliefView(ReliefViewModel model, Function<String, Node> illustrations) {
        this.model = model;
        this.illustrations = illustrations;
    }

    @FXML
    private void initialize() {
        ReliefDisplay display = model.display();
        // Held by the view: the toolbar keeps the spinners' binding ends alive.
        toolbar = new ReliefToolbar(model)
                .chooser(reliefRoutineLabel, reliefChooser)
                .holds(reliefSettings, reliefHoldLabel, reliefHold, reliefRepetitionsLabel, reliefRepetitions)
                .sound(reliefSound, reliefNoSound)
                .voice(reliefVoice);
        new ReliefIllustration(reliefIllustration, illustrations, display);
        reliefIllustration.accessibleTextProperty().bind(Bindings.createStringBinding(
                () -> model.text().get("relief.illustration", display.titleProperty().get()), display.titleProperty()));
        reliefStep.textProperty().bind(display.stepProperty());
        reliefTitle.textProperty().bind(display.titleProperty());
        reliefCounter.textProperty().bind(display.counterProperty());
        reliefDial.digits().textProperty().bind(display.countdownProperty());
        reliefDial.accessibleTextProperty().bind(display.countdownAccessibleProperty());
        reliefDial.progressProperty().bind(display.phaseProgressProperty());
        // The ring's size follows the column's height only, never the length of a step's words.
        reliefSideScroll.viewportBoundsProperty().addListener((obs, old, bounds) ->
                reliefDial.availableHeightProperty().set(bounds.getHeight()));
        reliefStatus.textProperty().bind(display.statusProperty());
        reliefInstruction.textProperty().bind(display.instructionProperty());
        reliefNext.textProperty().bind(display.nextProperty());
        reliefMassageNote.textProperty().bind(model.massageNoteProperty());
        reliefCheckTitle.textProperty().bind(display.titleProperty());
        reliefCheckQuestion.textProperty().bind(display.instructionProperty());
        // The content's own words for a step's safety points, and at the check for what a Yes means.
        reliefSafety.textProperty().bind(display.safetyProperty());
        reliefCheckHint.textProperty().bind(display.safetyProperty());
        reliefOverall.progressProperty().bind(display.overallProgressProperty());
        reliefOverallLabel.textProperty().bind(display.overallProperty());
        reliefOverall.accessibleTextProperty().bind(display.overallProperty());
        for (Label label : new Label[] {reliefStatus, reliefCounter, reliefMassageNote, reliefSafety}) {
            label.managedProperty().bind(label.textProperty().isNotEmpty());
            label.visibleProperty().bind(label.managedProperty());
        }
        // The words never lose a line; when the column is short, it scrolls.
        for (Label label : new Label[] {reliefTitle, reliefStatus, reliefInstruction, reliefSafety, reliefNext, reliefMassageNote,
                reliefCheckTitle, reliefCheckQuestion, reliefCheckHint, reliefDoneTitle, reliefDoneSummary,
                reliefDoneQuestion, reliefThanks}) {
            label.setMinHeight(Region.USE_PREF_SIZE);
        }
        bindScreens(display);
        bindControls(display);
        bindDone();
        model.lastCueProperty().addListener((obs, old, cue) -> {
            if (cue != null) {
                pulse(cue.cue() == Cue.TICK ? reliefDial.digits() : reliefDial);
            }
        });
        ReliefKeys.install(reliefView, model);
        display.runningProperty().addListener((obs, was, is) -> runTimer());
        reliefView.sceneProperty().addListener((obs, old, scene) -> {
            // Leaving the panel pauses the routine, so no countdown runs where no one can see it.
            if (scene == null) {
                model.leave();
            }
            runTimer();
        });
    }

    /** Asks the engine where the routine is and shows it: what the frame timer does, and tests call. */
    void refresh() {
        model.refresh();
    }

    /**
     * F5, the home page's button, {@code --relief} and the window's navigation: a routine, such as
     * "Cramp now", at once; false when the guide has no routine with this id.
     */
    public boolean startRoutine(String routineId) {
        boolean started = model.startRoutine(routineId);
        reliefStart.requestFocus();
        return started;
    }

    private void bindScreens(ReliefDisplay display) {
        reliefTimerPane.visibleProperty().bind(display.screenProperty().isEqualTo(Screen.TIMER));
        reliefCheckPane.visibleProperty().bind(display.screenProperty().isEqualTo(Screen.CHECK));
        reliefHelpPane.visibleProperty().bind(display.screenProperty().isEqualTo(Screen.HELP));
        reliefHelpTitle.textProperty().bind(display.titleProperty());
        reliefHelpText.textProperty().bind(display.instructionProperty());
        reliefHelpTitle.setGraphic(glyph("EXCLAMATION_TRIANGLE"));
        reliefHelpOpen.setGraphic(glyph("MEDKIT"));
        for (Label label : new Label[] {reliefHelpTitle, reliefHelpText}) {
            label.setMinHeight(Region.USE_PREF_SIZE);
        }
        reliefDonePane.visibleProperty().bind(display.screenProperty().isEqualTo(Screen.DONE));
        display.screenProperty().addListener((obs, old, now) -> {
            // No answer is focused for the person: Space, pressed out of habit, must not answer the question.
            if (now == Screen.CHECK) {
                reliefCheckPane.requestFocus();
            } else if (now == Screen.HELP) {
                // The one thing to do here; Enter or Space opens it.
                reliefHelpOpen.requestFocus();
            } else {
                reliefStart.requestFocus();
            }
        });
    }

    private void bindControls(ReliefDisplay display) {
        reliefBack.setGraphic(glyph("STEP_BACKWARD"));
        reliefSkip.setGraphic(glyph("STEP_FORWARD"));
        reliefRestart.setGraphic(glyph("REPEAT"));
        reliefStop.setGraphic(glyph("STOP"));
        // Yes leads to the medical help, so it carries the same sign as the Get help button.
        reliefCheckYes.setGraphic(glyph("MEDKIT"));
        reliefCheckNo.setGraphic(glyph("CHECK"));
        reliefStart.textProperty().bind(Bindings.createStringBinding(() -> model.text().get(
                switch (display.primaryActionProperty().get()) {
                    case START -> "relief.start";
                    case PAUSE -> "relief.pause";
                    case RESUME -> "relief.resume";
                }), display.primaryActionProperty()));
        reliefStart.graphicProperty().bind(Bindings.createObjectBinding(() -> glyph(
                display.primaryActionProperty().get() == PrimaryAction.PAUSE ? "PAUSE" : "PLAY"),
                display.primaryActionProperty()));
        reliefStart.disableProperty().bind(display.screenProperty().isEqualTo(Screen.CHECK)
                .or(display.screenProperty().isEqualTo(Screen.HELP)));
        reliefBack.disableProperty().bind(display.underWayProperty().not());
        reliefSkip.disableProperty().bind(display.canSkipProperty().not());
        reliefRestart.disableProperty().bind(display.stateProperty().isEqualTo(EngineState.IDLE));
        reliefStop.disableProperty().bind(display.stateProperty().isEqualTo(EngineState.IDLE));
    }

    private void bindDone() {
        reliefDoneSummary.textProperty().bind(Bindings.createStringBinding(() -> model.choices().routineProperty().get() == null
                ? "" : model.text().get("relief.done.summary", model.choices().routineProperty().get().title()),
                model.choices().routineProperty()));
        reliefHelpedYes.setUserData(HelpAnswer.YES);
        reliefHelpedALittle.setUserData(HelpAnswer.A_LITTLE);
        reliefHelpedNo.setUserData(HelpAnswer.NO);
        for (Button b : new Button[] {reliefHelpedYes, reliefHelpedALittle, reliefHelpedNo}) {
            // The chosen answer stays lit; the others step back, since an answer is given once.
            b.disableProperty().bind(model.helpAnswerProperty().isNotNull()
                    .and(model.helpAnswerProperty().isNotEqualTo(b.getUserData())));
            model.helpAnswerProperty().addListener((obs, old, answer) ->
                    b.pseudoClassStateChanged(CHOSEN, answer == b.getUserData()));
        }
        reliefThanks.visibleProperty().bind(model.helpAnswerProperty().isNotNull());
    }

    /** The timer runs only while time passes and the panel is on screen; otherwise nothing changes. */
    private void runTimer() {
        boolean on = model.display().runningProperty().get() && reliefView.getScene() != null;
        if (on != timerOn) {
            timerOn = on;
            if (on) {
                timer.start();
            } else {
                timer.stop();
            }
        }
    }

    /** The visual cue: a brief swell, seen from the corner of an eye on the leg. */
    private static void pulse(Node node) {
        ScaleTransition swell = new ScaleTransition(Duration.millis(180), node);
        swell.setFromX(1);
        swell.setFromY(1);
        swell.setToX(1.08);
        swell.setToY(1.08);
        swell.setAutoReverse(true);
        swell.setCycleCount(2);
        swell.play();
    }

    @FXML
    private void toggle() {
        model.toggle();
    }

    @FXML
    private void back() {
        model.back();
    }

    @FXML
    private void skip() {
        model.skip();
    }

    @FXML
    private void restart() {
        model.restart();
    }

    @FXML
    private void stop() {
        model.stop();
    }

    @FXML
    private void answerYes() {
        model.answerCheck(true);
    }

    @FXML
    private void answerNo() {
        model.answerCheck(false);
    }

    @FXML
    private void askForReminder() {
        model.askForReminder();
    }

    @FXML
    private void openHelpFirst() {
        model.openHelpFirst();
    }

    @FXML
    private void helpedYes() {
        model.answerHelped(HelpAnswer.YES);
    }

    @FXML
    private void helpedALittle() {
        model.answerHelped(HelpAnswer.A_LITTLE);
    }

    @FXML
    private void helpedNo() {
        model.answerHelped(HelpAnswer.NO);
    }

    private static Glyph glyph(String name) {
        return new Glyph("FontAwesome", name);
    }
}
