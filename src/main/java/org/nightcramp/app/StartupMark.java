package org.nightcramp.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.nightcramp.app.launch.JarLaunch;
import org.nightcramp.illustration.IllustrationView;

/**
 * For the start-up benchmark ({@code packaging/startup-bench.sh}) and the installer's training run:
 * with {@code -Dnightcramp.startupMark=FILE} (or the environment variable
 * {@code NIGHTCRAMP_STARTUP_MARK=FILE}, which reaches a packaged launcher too) the app appends one line to FILE once the first page
 * is on screen, then quits. The line holds the wall-clock time of that moment and the process's
 * peak resident memory and CPU time (with the first Java's, under {@code java -jar}), so the
 * script measures launch to painted without polling the screen.
 * Without the property nothing is armed.
 */
public final class StartupMark {

    public static final String PROPERTY = "nightcramp.startupMark";
    /** Where the marker goes; read once, so a test can set it on purpose. */
    private static final String FILE = System.getProperty(PROPERTY,
            System.getenv().getOrDefault("NIGHTCRAMP_STARTUP_MARK", ""));

    private StartupMark() {
    }

    /** True when this run was started to be measured. */
    public static boolean armed() {
        return !FILE.isEmpty();
    }

    /**
     * Watches the scene's pulses; the pulse after the one that laid out a ready page is the first
     * whose frame shows it (JavaFX renders a pulse's frame before the next pulse starts).
     */
    public static void arm(Scene scene, BooleanSupplier ready) {
        arm(scene, ready, () -> true);
    }

    /** As {@link #arm(Scene, BooleanSupplier)}; {@code pagesBuilt} says when the pages were built ahead. */
    static void arm(Scene scene, BooleanSupplier ready, BooleanSupplier pagesBuilt) {
        if (!armed()) {
            return;
        }
        boolean[] laidOut = {false};
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (laidOut[0]) {
                scene.removePostLayoutPulseListener(listener[0]);
                write(Path.of(FILE));
                // Platform.exit with the window still open crashes glass-gtk in destroy_and_delete_ctx
                // (Xvfb, JavaFX 21.0.6); closing the window first is the ordinary way out.
                Runnable quit = () -> {
                    scene.getWindow().hide();
                    Platform.runLater(Platform::exit);
                };
                if (PageTimes.armed()) {
                    Platform.runLater(() -> PageTimes.run(scene, pagesBuilt, quit));
                } else {
                    quit.run();
                }
            } else if (ready.getAsBoolean()) {
                laidOut[0] = true;
                // A pulse only runs when something asks for one.
                Platform.runLater(() -> scene.getRoot().requestLayout());
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    /**
     * The app's page is in its host and every drawing within the window is drawn (one still being
     * read comes a pulse late). Drawings further down the page are made when scrolled to.
     */
    public static boolean pageShown(Scene scene) {
        var host = scene.lookup("#pageHost");
        return host instanceof javafx.scene.Parent parent && !parent.getChildrenUnmodifiable().isEmpty()
                && scene.getRoot().lookupAll("." + IllustrationView.STYLE_CLASS).stream()
                .filter(StartupMark::onScreen)
                .map(IllustrationView.class::cast)
                .filter(IllustrationView::isInWindow)
                .allMatch(view -> view.isDrawn() || view.getStyleClass().contains("illustration-missing"));
    }

    /** Not inside a page built ahead and still hidden. */
    private static boolean onScreen(javafx.scene.Node node) {
        for (var n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** One line: {@code painted=<epoch µs> vmhwm=<kB> cpu=<ms>}; the last two are 0 where /proc is missing. */
    public static void write(Path file) {
        Instant now = Instant.now();
        long micros = now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
        // Under java -jar the first Java waits beside the app all along (JarLaunch): its CPU time
        // counts, and so does its own memory (RssAnon); the rest of its resident pages are Java's
        // libraries and class archive, the same pages of the same files the app has mapped.
        long peak = kilobytes("/proc/self", "VmHWM:");
        long cpu = cpuMillis("/proc/self/stat");
        OptionalLong first = JarLaunch.firstJava();
        if (first.isPresent()) {
            peak += kilobytes("/proc/" + first.getAsLong(), "RssAnon:");
            cpu += cpuMillis("/proc/" + first.getAsLong() + "/stat");
        }
        String line = "painted=" + micros + " vmhwm=" + peak + " cpu=" + cpu + System.lineSeparator();
        try {
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.getLogger(StartupMark.class.getName()).log(System.Logger.Level.WARNING,
                    "Cannot write the start-up mark to " + file + ": " + e);
        }
    }

    /** User plus system CPU time of the calling thread alone (Linux; 0 elsewhere), without java.management. */
    static long threadCpuMillis() {
        return cpuMillis("/proc/thread-self/stat");
    }

    /** User plus system CPU time of a whole process so far; steadier than wall time on a busy machine. */
    private static long cpuMillis(String statFile) {
        try {
            String stat = Files.readString(Path.of(statFile));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // Fields 14 and 15 of proc(5), counted here from field 3; clock ticks of 10 ms.
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** A figure of a process's status file, such as its peak resident memory ({@code VmHWM:}). */
    private static long kilobytes(String proc, String field) {
        try {
            for (String line : Files.readAllLines(Path.of(proc, "status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux: the benchmark reports time only.
        }
        return 0;
    }
}
