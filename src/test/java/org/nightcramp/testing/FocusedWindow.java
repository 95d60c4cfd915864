package org.nightcramp.testing;

import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Gives the keyboard to a test's own window before the robot types.
 *
 * <p>The robot types into the window that headless Monocle holds as focused, which is not always
 * the one the test drives: Monocle never tells the old window it lost the focus, and when the
 * focused window closes (a dialog, another test's window in the same JVM) it leaves no window
 * focused at all, so a key is dropped while {@code Stage.isFocused()} still says true. Asking
 * again before each key costs nothing and makes the target explicit.
 */
public final class FocusedWindow {

    private FocusedWindow() {
    }

    /** Focuses the newest showing window owned by {@code stage} (a dialog), or {@code stage} itself. */
    public static void of(Stage stage) {
        try {
            WaitForAsyncUtils.asyncFx(() -> newestOf(stage).requestFocus()).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not focus the test's window", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Window newestOf(Stage stage) {
        return Window.getWindows().stream()
                .filter(w -> w instanceof Stage && w.isShowing() && ((Stage) w).getOwner() == stage)
                .reduce((older, newer) -> newer)
                .orElse(stage);
    }
}
