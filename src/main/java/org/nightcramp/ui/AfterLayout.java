package org.nightcramp.ui;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Runs a task at the end of the next frame's layout pass. A frame begins by moving the keyboard
 * away from a control that was hidden while it had it (to the next one JavaFX finds, often the
 * window's first control) and then styles and lays out what was just added; a focus request made
 * with {@code Platform.runLater} may land before that frame or after it. Made at the end of the
 * layout pass, it is the frame's last word on where the keyboard is.
 */
public final class AfterLayout {

    private AfterLayout() {
    }

    /** Runs {@code task} once, after the next layout pass of {@code node}'s scene (or soon, without one). */
    public static void run(Node node, Runnable task) {
        Scene scene = node.getScene();
        if (scene == null) {
            Platform.runLater(task);
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            task.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }
}
