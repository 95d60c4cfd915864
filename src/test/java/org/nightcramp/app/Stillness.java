package org.nightcramp.app;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * Waits until nothing on screen is fading, swelling or still being built, so a picture shows what
 * a person sees once the window is at rest: the relief drawings fade in over 250 ms, and a shot
 * taken in the middle showed light skin dark brown at night.
 *
 * <p>JavaFX has no public list of running animations, so this watches their effect instead: once
 * per frame it sums up the opacity and scale of every node in the scenes (and how many nodes there
 * are), and calls the scenes still when that has not changed for {@link #STILL_FRAMES} frames in a
 * row. Moving parts bound to the routine's clock turn and shift, which is left out on purpose: a
 * running routine moves for minutes.
 */
final class Stillness {

    /** A fade changes opacity every frame it runs; a few equal frames mean none is running. */
    private static final int STILL_FRAMES = 3;

    private Stillness() {
    }

    /**
     * Blocks until the scenes are still; call off the FX thread.
     *
     * @return false when they were still moving after {@code seconds}
     */
    static boolean await(List<Scene> scenes, double seconds) {
        CompletableFuture<Void> still = new CompletableFuture<>();
        AnimationTimer watch = new AnimationTimer() {
            private long last = Long.MIN_VALUE;
            private int same;
            // The first frame comes after any animation started by the last action has begun.
            private int frames;

            @Override
            public void handle(long now) {
                long state = 17;
                for (Scene scene : scenes) {
                    state = 31 * state + signature(scene.getRoot());
                }
                frames++;
                same = state == last ? same + 1 : 0;
                last = state;
                if (frames > 1 && same >= STILL_FRAMES) {
                    stop();
                    still.complete(null);
                }
            }
        };
        Platform.runLater(watch::start);
        try {
            still.get((long) (seconds * 1000), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            Platform.runLater(watch::stop);
            return false;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static long signature(Node node) {
        if (!node.isVisible()) {
            return 1;
        }
        long sum = 7;
        sum = 31 * sum + Double.hashCode(node.getOpacity());
        sum = 31 * sum + Double.hashCode(node.getScaleX());
        sum = 31 * sum + Double.hashCode(node.getScaleY());
        if (node instanceof Parent parent) {
            List<Node> children = parent.getChildrenUnmodifiable();
            sum = 31 * sum + children.size();
            for (Node child : children) {
                sum = 31 * sum + signature(child);
            }
        }
        return sum;
    }
}
