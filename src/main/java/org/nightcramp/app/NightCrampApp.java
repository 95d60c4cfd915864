package org.nightcramp.app;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.stage.Stage;
import org.nightcramp.app.cli.CommandLine;

/** The JavaFX application; everything it shows is composed in {@link AppStartup}. */
public final class NightCrampApp extends Application {

    /**
     * Start-up work the launcher began before the toolkit. JavaFX creates this class itself, so a
     * static hand-over is the only way in; it is taken once and cleared.
     */
    private static final AtomicReference<CompletableFuture<Preloaded>> PRELOAD = new AtomicReference<>();
    private static final AtomicReference<InstanceLock> LOCK = new AtomicReference<>();
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private Optional<InstanceLock> held = Optional.empty();

    /** @param lock this process's hold on the data folder, if it got one */
    static void handOver(CompletableFuture<Preloaded> preload, Optional<InstanceLock> lock) {
        PRELOAD.set(preload);
        LOCK.set(lock.orElse(null));
    }

    /** True once the toolkit is up and {@link #start} was called: a failure after that is no missing display. */
    static boolean started() {
        return STARTED.get();
    }

    @Override
    public void start(Stage stage) throws CommandLine.UsageException {
        STARTED.set(true);
        CompletableFuture<Preloaded> preload = PRELOAD.getAndSet(null);
        CommandLine cmd = CommandLine.parse(getParameters().getRaw());
        if (preload != null && !preload.isDone()) {
            FirstFrameWarmup.run(stage);
        }
        Optional<MainWindow> window = AppStartup.start(stage, preload != null
                ? PreloadWait.await(preload, PreloadWait.LIMIT, waited -> Preloaded.withoutData(cmd, waited))
                : Preloaded.load(cmd));
        InstanceLock lock = LOCK.getAndSet(null);
        held = Optional.ofNullable(lock);
        if (lock != null && window.isPresent()) {
            LaterLaunches.follow(lock, stage, window.get());
        }
    }

    /**
     * The window is gone: the data folder is free at once, not when Java exits. Java may still be
     * busy for a second or two (a {@code java -jar}'s first start writes its class archive then),
     * and a start in that time would otherwise hand its arguments to a window that no longer exists
     * and quit, so nothing would open.
     */
    @Override
    public void stop() {
        held.ifPresent(lock -> {
            try {
                lock.close();
            } catch (IOException e) {
                System.getLogger(NightCrampApp.class.getName()).log(System.Logger.Level.DEBUG, "Cannot free the data folder", e);
            }
        });
        held = Optional.empty();
    }
}
