package org.nightcramp.app;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.util.Duration;
import org.nightcramp.navigation.Page;

/**
 * Builds the pages not yet shown, one at a time, a moment after the first page is painted, so a
 * first click on any of them shows it at once instead of loading its FXML, CSS, drawings and
 * fonts then (230 to 550 ms a page in the start-up benchmark), and draws each once off screen, so
 * the glyphs of its text are drawn already. Start-up itself is untouched: the
 * first page still paints alone. A page is built only when building disturbs nothing (no routine
 * counting down on screen), and the work stops when the window is rebuilt for another language.
 */
final class PagePrewarm {

    /** {@code -Dnightcramp.prewarm=false} turns it off: the tests do, as they start the window often. */
    static final String PROPERTY = "nightcramp.prewarm";
    static final Duration FIRST = Duration.seconds(1);
    static final Duration BETWEEN = Duration.millis(150);

    private final Deque<Page> waiting;
    private final Consumer<Page> build;
    private final BooleanSupplier alive;
    private final BooleanSupplier quiet;
    private final Later later;
    private Runnable whenDone = () -> { };

    /** Runs a step after a delay: a pause on the FX thread in the app, by hand in tests. */
    @FunctionalInterface
    interface Later {
        void after(Duration delay, Runnable step);

        /** The app's: a pause transition, so each step runs on the FX thread between pulses. */
        static Later onFxThread() {
            PauseTransition timer = new PauseTransition();
            return (delay, step) -> {
                timer.setDuration(delay);
                timer.setOnFinished(e -> step.run());
                timer.playFromStart();
            };
        }
    }

    /**
     * @param pages the pages to build, in this order
     * @param build builds one page without showing it
     * @param alive false once the window no longer shows these pages
     * @param quiet false while building would make something on screen stutter
     */
    PagePrewarm(Collection<Page> pages, Consumer<Page> build, BooleanSupplier alive, BooleanSupplier quiet,
                Later later) {
        this.waiting = new ArrayDeque<>(pages);
        this.build = build;
        this.alive = alive;
        this.quiet = quiet;
        this.later = later;
    }

    static boolean enabled() {
        return Boolean.parseBoolean(System.getProperty(PROPERTY, "true"));
    }

    /** Begins after {@link #FIRST}; {@code done} runs when every page is built. */
    void start(Runnable done) {
        whenDone = done;
        after(FIRST);
    }

    private void after(Duration delay) {
        later.after(delay, this::step);
    }

    private void step() {
        if (!alive.getAsBoolean()) {
            return;
        }
        if (waiting.isEmpty()) {
            whenDone.run();
            return;
        }
        if (!quiet.getAsBoolean()) {
            after(FIRST);
            return;
        }
        build.accept(waiting.poll());
        after(BETWEEN);
    }
}
