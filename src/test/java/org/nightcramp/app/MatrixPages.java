package org.nightcramp.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Pane;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.nightcramp.content.Routine;
import org.nightcramp.content.StepKind;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Takes the real window to every page and state the layout matrix looks at, as a person would:
 * through the navigation, the wizard's Next and step buttons and the relief panel's controls.
 */
final class MatrixPages {

    /** A page or state, and how to get there from wherever the previous one left the window. */
    record State(String name, Runnable enter, boolean dialog) {
    }

    /** The guide's routine for a cramp that has you now; the other is the bedtime stretch. */
    private static final String CRAMP_NOW = org.nightcramp.content.Routine.CRAMP_NOW;
    /** A question whose Yes is a sign of a possible clot: the summary becomes urgent. */
    static final String CLOT_SIGN = "blood-flow.one-leg-swollen";

    private final MainWindow window;

    MatrixPages(MainWindow window) {
        this.window = window;
    }

    /** Every state, in an order where each is one or two clicks from the one before. */
    List<State> states() {
        List<State> all = new ArrayList<>();
        all.add(new State("home", () -> {
            // The urgent summary at the end of the last round left a clot sign answered Yes.
            answer(CLOT_SIGN, "no");
            fire("navHome");
        }, false));
        all.add(new State("wizard-0-start", () -> {
            fire("navGuide");
            wizardStep(0);
        }, false));
        // The wizard's page is built when first shown; its step buttons name the steps.
        fire("navGuide");
        int steps = fx(() -> pane("wizardStepIndicator").getChildren().size());
        for (int i = 1; i < steps; i++) {
            int index = i;
            String id = fx(() -> pane("wizardStepIndicator").getChildren().get(index).getId())
                    .replace("wizardStep-", "");
            all.add(new State("wizard-" + i + "-" + id, () -> wizardStep(index), false));
        }
        all.addAll(relief());
        all.add(new State("sheet", this::sheet, false));
        // The print panel over the sheet, listing the fake printers the window was started with.
        all.add(new State("sheet-print", () -> {
            fire("sheetPrint");
            WaitForAsyncUtils.waitForFxEvents();
        }, false));
        all.add(new State("reader", () -> {
            if (fx(() -> node("printPanel").isVisible())) {
                fire("printPanelCancel");
            }
            fire("navReader");
            if (fx(() -> node("findBar").isVisible())) {
                fire("findClose");
            }
        }, false));
        all.add(new State("reader-find", this::find, false));
        all.add(new State("diary", () -> fire("navDiary"), false));
        all.add(new State("help", () -> Platform.runLater(window::openHelp), true));
        all.add(new State("disclaimer", () -> Platform.runLater(window::showDisclaimer), true));
        all.add(new State("disclaimer-country", () -> {
            Platform.runLater(window::showDisclaimer);
            waitForDialog("the disclaimer");
            act(() -> dialog(window.stage()).map(d -> (ComboBox<?>) d.lookup("#disclaimerCountry"))
                    .orElseThrow(() -> new AssertionError("No disclaimer with a country chooser")).show());
        }, true));
        // Last, as it changes the answers: the next round's home state answers the clot sign No again.
        all.add(new State("summary-urgent", () -> {
            answer(CLOT_SIGN, "yes");
            wizardStep(steps - 1);
        }, false));
        return all;
    }

    /** The relief panel idle, at each kind of step of both routines, and stopped for help first. */
    private List<State> relief() {
        List<State> all = new ArrayList<>();
        all.add(new State("relief-idle", () -> {
            fire("navRelief");
            stopRoutine();
            fire("reliefRoutine-" + CRAMP_NOW);
        }, false));
        all.add(new State("relief-prepare", () -> fire("reliefStart"), false));
        all.add(new State("relief-hold", () -> fire("reliefSkip"), false));
        all.add(new State("relief-rest", () -> fire("reliefSkip"), false));
        all.add(new State("relief-check", () -> skipUntil(() -> node("reliefCheckPane").isVisible()), false));
        all.add(new State("relief-massage", () -> fire("reliefCheckNo"), false));
        all.add(new State("relief-walk", () -> fire("reliefSkip"), false));
        all.add(new State("relief-done", () -> skipUntil(() -> node("reliefDonePane").isVisible()), false));
        // A Yes at the check stops the guiding and opens Get help over the stop; a dialog, so
        // entered again at each size.
        all.add(new State("relief-help-first", () -> {
            stopRoutine();
            fire("reliefRoutine-" + CRAMP_NOW);
            fire("reliefStart");
            skipUntil(() -> node("reliefCheckPane").isVisible());
            Platform.runLater(() -> ((ButtonBase) node("reliefCheckYes")).fire());
        }, true));
        all.add(new State("relief-help-seen", () -> { }, false));
        all.add(new State("relief-bed-ready", () -> {
            stopRoutine();
            fire("reliefRoutine-" + bedtimeId());
            fire("reliefStart");
        }, false));
        all.add(new State("relief-bed-hold", () -> fire("reliefSkip"), false));
        all.add(new State("relief-bed-rest", () -> fire("reliefSkip"), false));
        String switchTitle = stepTitle(StepKind.SWITCH_SIDE);
        all.add(new State("relief-bed-switch", () -> skipUntil(
                () -> ((Labeled) node("reliefTitle")).getText().contains(switchTitle)), false));
        return all;
    }

    /** The sheet page once its preview pages are drawn (they are made off the FX thread). */
    void sheet() {
        stopRoutine();
        fire("navSheet");
        waitUntil("the sheet's preview", () -> fx(() -> !pane("sheetPageList").getChildren().isEmpty()));
    }

    /** Waits, off the FX thread, for something that asks the FX thread itself. */
    void waitUntil(String what, Callable<Boolean> reached) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, reached);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(what + " never came", e);
        }
    }

    /** Opens find with its shortcut, as a person would, and looks for a word the guide uses often. */
    void find() {
        act(() -> window.stage().getScene().getAccelerators()
                .get(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN)).run());
        String word = fx(() -> window.session().guide().causes().get(0).title().split(" ")[0]);
        act(() -> ((TextField) node("findField")).setText(word));
        fire("findNext");
    }

    /** The open dialog's scene, if any. */
    static Optional<Scene> dialog(Stage owner) {
        return overlays(owner).stream().filter(s -> s.getRoot() instanceof DialogPane).findFirst();
    }

    /** The dialogs over the window and the popups over those (a chooser's list), bottom first. */
    static List<Scene> overlays(Stage owner) {
        return fx(() -> Window.getWindows().stream()
                .filter(w -> w != owner && w.isShowing() && w.getScene() != null && ownedBy(w, owner))
                .map(Window::getScene).toList());
    }

    private static boolean ownedBy(Window window, Window owner) {
        for (Window w = window; w != null; ) {
            Window up = w instanceof Stage stage ? stage.getOwner()
                    : w instanceof PopupWindow popup ? popup.getOwnerWindow() : null;
            if (up == owner) {
                return true;
            }
            w = up;
        }
        return false;
    }

    /** Closes an open dialog with its cancel or accept button, as a person would. */
    static void closeDialog(Stage owner) {
        dialog(owner).ifPresent(scene -> {
            DialogPane pane = (DialogPane) scene.getRoot();
            if (pane.lookup("#disclaimerCountry") instanceof ComboBox<?> chooser) {
                act(chooser::hide);
            }
            Node close = Optional.ofNullable(pane.lookup("#helpClose")).orElse(pane.lookup("#disclaimerAccept"));
            act(((Button) close)::fire);
        });
    }

    /** Answers a cause's question on its wizard page; a Yes to a clot sign opens Get help, closed here. */
    void answer(String question, String choice) {
        String id = "answer-" + question.replace('.', '-') + "-" + choice;
        fire("navGuide");
        int step = stepOf(question.substring(0, question.indexOf('.')));
        wizardStep(step);
        if (fx(() -> ((ToggleButton) node(id)).isSelected())) {
            return;
        }
        Platform.runLater(() -> ((ButtonBase) node(id)).fire());
        WaitForAsyncUtils.waitForFxEvents();
        if (choice.equals("yes")) {
            waitForDialog("Get help after a Yes to " + question);
            closeDialog(window.stage());
        }
    }

    void waitForDialog(String what) {
        waitUntil(what, () -> dialog(window.stage()).isPresent());
    }

    int stepOf(String causeId) {
        return fx(() -> {
            List<Node> buttons = pane("wizardStepIndicator").getChildren();
            for (int i = 0; i < buttons.size(); i++) {
                if (buttons.get(i).getId().equals("wizardStep-cause-" + causeId)) {
                    return i;
                }
            }
            throw new AssertionError("No wizard step for " + causeId);
        });
    }

    void stopRoutine() {
        if (!fx(() -> node("reliefStop").isDisabled())) {
            fire("reliefStop");
        }
    }

    void wizardStep(int index) {
        for (int guard = 0; guard < 20; guard++) {
            ToggleButton step = (ToggleButton) fx(() -> pane("wizardStepIndicator").getChildren().get(index));
            if (fx(step::isSelected)) {
                return;
            }
            if (!fx(step::isDisabled)) {
                fire(step);
            } else if (exists("wizardBegin") && fx(() -> node("wizardBegin").isVisible())) {
                fire("wizardBegin");
            } else {
                fire("wizardNext");
            }
        }
        throw new AssertionError("Could not reach wizard step " + index);
    }

    void skipUntil(Callable<Boolean> reached) {
        for (int guard = 0; guard < 40; guard++) {
            if (fx(reached)) {
                return;
            }
            fire("reliefSkip");
        }
        throw new AssertionError("The relief panel never reached the state");
    }

    private String bedtimeId() {
        return window.session().guide().routines().stream().map(Routine::id)
                .filter(id -> !id.equals(CRAMP_NOW)).findFirst().orElseThrow();
    }

    private String stepTitle(StepKind kind) {
        return window.session().guide().routines().stream().flatMap(r -> r.steps().stream())
                .filter(s -> s.kind() == kind).findFirst().orElseThrow().title();
    }

    private Node node(String id) {
        Node found = window.stage().getScene().lookup("#" + id);
        if (found == null) {
            throw new AssertionError("No #" + id + " in the window");
        }
        return found;
    }

    private boolean exists(String id) {
        return fx(() -> window.stage().getScene().lookup("#" + id) != null);
    }

    private Pane pane(String id) {
        return (Pane) node(id);
    }

    void fire(String id) {
        act(() -> ((ButtonBase) node(id)).fire());
    }

    private static void fire(ButtonBase button) {
        act(button::fire);
    }

    /** Does something on the FX thread and lets what it started (drawings, notices) happen. */
    static void act(Runnable action) {
        fx(() -> {
            action.run();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Asks the FX thread, and waits for the answer only. */
    static <T> T fx(Callable<T> call) {
        try {
            return WaitForAsyncUtils.asyncFx(call).get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
