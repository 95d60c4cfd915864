package org.nightcramp.app.launch;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One run of the second Java: started on this console, ended with this one (a terminal's Ctrl+C
 * reaches both; a plain kill of this one is passed on), and its class archive kept or dropped.
 */
final class ChildRun {

    /** How long an ending first Java waits for the app: saving and writing the archive take a second or two. */
    private static final Duration ENDING = Duration.ofSeconds(10);

    private static System.Logger log() {
        return System.getLogger(ChildRun.class.getName());
    }

    private final ChildJava child;
    private final ClassArchive archive;

    ChildRun(ChildJava child, ClassArchive archive) {
        this.child = child;
        this.archive = archive;
    }

    /** A first start's archive as it is written, and the file that says the window started. */
    private record FirstStart(Path pending, Path ready) {
    }

    /** The second Java's exit code. */
    int run(List<String> args) throws IOException {
        Optional<FirstStart> first = Optional.empty();
        List<String> archiveOptions = archive.useOptions();
        if (!archive.exists()) {
            try {
                Path pending = archive.pending(ProcessHandle.current().pid());
                first = Optional.of(new FirstStart(pending, pending.resolveSibling(Strings.concat(pending.getFileName(), ".ready"))));
                archiveOptions = archive.writeOptions(pending);
            } catch (IOException e) {
                // A cache folder that cannot be made (a read-only home): start without an archive.
                log().log(Level.DEBUG, "No class archive this time", e);
                archiveOptions = List.of();
            }
        }
        Process process = new ProcessBuilder(child.command(archiveOptions,
                first.isPresent() ? Optional.of(first.get().ready()) : Optional.empty(), args)).inheritIO().start();
        Settling settling = new Settling(process, first);
        Runtime.getRuntime().addShutdownHook(settling);
        int exit = waitFor(process);
        try {
            Runtime.getRuntime().removeShutdownHook(settling);
        } catch (IllegalStateException e) {
            // Already shutting down: the hook runs and settles.
        }
        settling.settle();
        return exit;
    }

    /**
     * Settles a first start's archive once the app has ended. Also the shutdown hook: killed itself,
     * this Java ends the app and settles there, because once the hooks are done Java stops without
     * waiting for the thread that waits for the app. (A class, not a lambda: see {@link RuntimeConf#parse}.)
     */
    private final class Settling extends Thread {

        private final Process process;
        private final Optional<FirstStart> first;
        private final AtomicBoolean settled = new AtomicBoolean();

        Settling(Process process, Optional<FirstStart> first) {
            super("pass-on-exit");
            this.process = process;
            this.first = first;
        }

        @Override
        public void run() {
            if (endWith(process)) {
                settle();
            }
        }

        void settle() {
            if (first.isPresent() && settled.compareAndSet(false, true)) {
                ChildRun.this.settle(process.exitValue(), first.get());
            }
        }
    }

    private void settle(int exit, FirstStart first) {
        boolean windowStarted = Files.exists(first.ready());
        try {
            if (exit == 0 && windowStarted) {
                archive.keep(first.pending());
            }
        } catch (IOException e) {
            log().log(Level.DEBUG, Strings.concat("Cannot keep the class archive ", first.pending()), e);
        }
        ClassArchive.discard(first.pending());
        ClassArchive.discard(first.ready());
    }

    /** Ends the app and waits for it; true when it has ended. */
    private static boolean endWith(Process process) {
        process.destroy();
        try {
            return process.waitFor(ENDING.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int waitFor(Process process) {
        while (true) {
            try {
                return process.waitFor();
            } catch (InterruptedException e) {
                // Nothing here interrupts this thread; keep waiting for the app to end.
            }
        }
    }
}
