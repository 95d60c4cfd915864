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
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Pane;
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

    private final MainWindow window;

    MatrixPages(MainWindow window) {
        this.window = window;
    }

    /** Every state, in an order where each is one or two clicks from the one before. */
    List<State> states() {
        List<State> all = new ArrayList<>();
        all.add(new State("home", () -> fire("navHome"), false));
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
        all.add(new State("relief-idle", () -> {
            fire("navRelief");
            if (!fx(() -> node("reliefStop").isDisabled())) {
                fire("reliefStop");
            }
            fire("reliefRoutine-" + CRAMP_NOW);
        }, false));
        all.add(new State("relief-prepare", () -> fire("reliefStart"), false));
        all.add(new State("relief-hold", () -> fire("reliefSkip"), false));
        all.add(new State("relief-rest", () -> fire("reliefSkip"), false));
        all.add(new State("relief-check", () -> skipUntil(() -> node("reliefCheckPane").isVisible()), false));
        all.add(new State("relief-massage", () -> fire("reliefCheckNo"), false));
        all.add(new State("relief-walk", () -> fire("reliefSkip"), false));
        all.add(new State("relief-done", () -> skipUntil(() -> node("reliefDonePane").isVisible()), false));
        all.add(new State("relief-bed-ready", () -> {
            fire("reliefRoutine-" + bedtimeId());
            fire("reliefStart");
        }, false));
        all.add(new State("relief-bed-hold", () -> fire("reliefSkip"), false));
        all.add(new State("relief-bed-rest", () -> fire("reliefSkip"), false));
        String switchTitle = stepTitle(StepKind.SWITCH_SIDE);
        all.add(new State("relief-bed-switch", () -> skipUntil(
                () -> ((Labeled) node("reliefTitle")).getText().contains(switchTitle)), false));
        all.add(new State("sheet", () -> {
            fire("reliefStop");
            fire("navSheet");
        }, false));
        all.add(new State("reader", () -> fire("navReader"), false));
        all.add(new State("diary", () -> fire("navDiary"), false));
        all.add(new State("help", () -> Platform.runLater(window::openHelp), true));
        all.add(new State("disclaimer", () -> Platform.runLater(window::showDisclaimer), true));
        return all;
    }

    /** The open dialog's scene, if any. */
    static Optional<Scene> dialog(Stage owner) {
        return fx(() -> Window.getWindows().stream()
                .filter(w -> w != owner && w.isShowing() && w.getScene() != null
                        && w.getScene().getRoot() instanceof DialogPane)
                .map(Window::getScene).findFirst());
    }

    /** Closes an open dialog with its cancel or accept button, as a person would. */
    static void closeDialog(Stage owner) {
        dialog(owner).ifPresent(scene -> {
            DialogPane pane = (DialogPane) scene.getRoot();
            Node close = Optional.ofNullable(pane.lookup("#helpClose")).orElse(pane.lookup("#disclaimerAccept"));
            act(((Button) close)::fire);
        });
    }

    private void wizardStep(int index) {
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

    private void skipUntil(Callable<Boolean> reached) {
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

    private void fire(String id) {
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
