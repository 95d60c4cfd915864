package org.nightcramp.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The window's wait for the start-up work, with a limit: a data folder that does not answer (a
 * hung network drive, say) must never keep the window from opening when a cramp wakes someone.
 */
final class PreloadWait {

    /** Far beyond a normal start (about 2 s on a busy 2-core machine), short of giving up on the app. */
    static final Duration LIMIT = Duration.ofSeconds(20);

    private static final System.Logger LOG = System.getLogger(PreloadWait.class.getName());

    /** What the window shows instead, made when the wait runs out. */
    interface Fallback {
        Preloaded make(Duration waited) throws IOException;
    }

    private PreloadWait() {
    }

    /** The preload's result, or {@code fallback}'s after {@code limit}; a failed preload fails as before. */
    static Preloaded await(CompletableFuture<Preloaded> preload, Duration limit, Fallback fallback) {
        try {
            return preload.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.log(Level.WARNING, "Start-up work did not finish within {0}; opening the window without the data folder",
                    limit);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new CompletionException(e.getCause());
        }
        try {
            return fallback.make(limit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
