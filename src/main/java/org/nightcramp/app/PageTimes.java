package org.nightcramp.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.util.Duration;

/**
 * For the start-up benchmark: with {@code NIGHTCRAMP_PAGE_TIMES=FILE} (after the start-up mark)
 * the app opens every page once through its navigation button, as a first click does, and
 * appends {@code page <button id> <ms> cpu <FX thread CPU ms>} per page: from the click to the first frame that shows the
 * page laid out with its drawings. Then it quits.
 */
final class PageTimes {

    private static final String FILE = System.getenv().getOrDefault("NIGHTCRAMP_PAGE_TIMES", "");
    private static final long WAIT_MS = Long.parseLong(System.getenv().getOrDefault("NIGHTCRAMP_PAGE_TIMES_WAIT_MS", "0"));
    private static final List<String> BUTTONS = List.of("navGuide", "navRelief", "navSheet", "navReader", "navHome");

    private PageTimes() {
    }

    static boolean armed() {
        return !FILE.isEmpty();
    }

    /**
     * Clicks the buttons one after another; {@code done} runs after the last page is painted.
     * With {@code NIGHTCRAMP_PAGE_TIMES_WAIT_MS} the first click comes that long after the first
     * paint and not before the pages were built ahead ({@code pagesBuilt}, see PagePrewarm), as
     * when a person reads the home page for a moment first.
     */
    static void run(Scene scene, BooleanSupplier pagesBuilt, Runnable done) {
        long since = System.nanoTime();
        PauseTransition poll = new PauseTransition(Duration.millis(100));
        poll.setOnFinished(e -> {
            boolean waited = (System.nanoTime() - since) / 1_000_000 >= WAIT_MS;
            if (WAIT_MS == 0 || waited && pagesBuilt.getAsBoolean()) {
                next(scene, 0, done);
            } else {
                poll.playFromStart();
            }
        });
        if (WAIT_MS == 0) {
            next(scene, 0, done);
        } else {
            poll.play();
        }
    }

    private static void next(Scene scene, int index, Runnable done) {
        if (index == BUTTONS.size()) {
            done.run();
            return;
        }
        String id = BUTTONS.get(index);
        long start = System.nanoTime();
        long startCpu = StartupMark.threadCpuMillis();
        boolean[] laidOut = {false};
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (laidOut[0]) {
                scene.removePostLayoutPulseListener(listener[0]);
                // The FX thread's own CPU time is the steadier figure on a busy machine.
                long cpu = StartupMark.threadCpuMillis() - startCpu;
                append("page " + id + " " + (System.nanoTime() - start) / 1_000_000 + " cpu " + cpu
                        + System.lineSeparator());
                Platform.runLater(() -> next(scene, index + 1, done));
            } else if (StartupMark.pageShown(scene)) {
                laidOut[0] = true;
                Platform.runLater(() -> scene.getRoot().requestLayout());
            } else {
                Platform.runLater(() -> scene.getRoot().requestLayout());
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
        ((ButtonBase) scene.lookup("#" + id)).fire();
    }

    private static void append(String line) {
        try {
            Files.writeString(Path.of(FILE), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.getLogger(PageTimes.class.getName()).log(System.Logger.Level.WARNING,
                    "Cannot write the page times to " + FILE + ": " + e);
        }
    }
}
