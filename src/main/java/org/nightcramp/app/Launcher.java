package org.nightcramp.app;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.application.Application;
import org.nightcramp.app.cli.CommandLine;
import org.nightcramp.app.cli.ConsoleCommands;
import org.nightcramp.app.launch.JarLaunch;
import org.nightcramp.l10n.Texts;
import org.nightcramp.storage.AppDirectories;

/**
 * Entry point for the classpath app. It must not extend Application: the JavaFX launcher
 * refuses to start an Application main class from the classpath without the JavaFX modules.
 */
public final class Launcher {

    /** How long a second launch tries to reach the running app, which may be starting itself. */
    static final Duration HAND_OVER_PATIENCE = Duration.ofSeconds(10);

    private Launcher() {
    }

    /**
     * Asked for only when there is something to say: finding the logger costs a {@code java -jar}'s
     * first Java some 50 ms it otherwise never needs.
     */
    private static System.Logger log() {
        return System.getLogger(Launcher.class.getName());
    }

    public static void main(String[] args) {
        CommandLine cmd;
        try {
            cmd = CommandLine.parse(List.of(args));
        } catch (CommandLine.UsageException e) {
            System.exit(console().usageError(e));
            return;
        }
        if (!cmd.isConsoleCommand()) {
            // java -jar: the app runs in a second Java, started as the installed launcher starts it;
            // this one sets up nothing of its own (not even logging) and waits.
            OptionalInt ranElsewhere = JarLaunch.relaunch(List.of(args));
            if (ranElsewhere.isPresent()) {
                System.exit(ranElsewhere.getAsInt());
                return;
            }
        }
        Logging.configure(cmd.isConsoleCommand());
        if (cmd.isConsoleCommand()) {
            System.exit(console().run(cmd));
            return;
        }
        Optional<InstanceLock> lock = claimDataFolder(cmd, List.of(args));
        // Settings and content load while the toolkit starts, the first page's drawings after them.
        NightCrampApp.handOver(Preloaded.startInBackground(cmd), lock);
        JarLaunch.windowStarting();
        try {
            Application.launch(NightCrampApp.class, args);
        } catch (RuntimeException | LinkageError e) {
            if (NightCrampApp.started()) {
                throw e;
            }
            // No window system (a server, an SSH session, GTK missing) is a situation, not a bug:
            // say so in the person's language, on the console because there is no window to say it
            // in (as the console commands do); the trace is for debugging only.
            log().log(Level.DEBUG, "The JavaFX toolkit did not start", e);
            String reason = Objects.requireNonNullElse(e.getMessage(), e.getClass().getSimpleName());
            System.err.println(Texts.ui(Locale.getDefault()).text("cli.noWindow", reason));
            System.exit(1);
        }
    }

    /**
     * Made only for a console command: its printers and its clock would otherwise set up the print
     * service and the time zones on this thread before the window's toolkit even starts (the time
     * zones alone cost some 150 ms, as ical4j registers its own provider of them).
     */
    private static ConsoleCommands console() {
        return new ConsoleCommands(System.out, System.err, Locale.getDefault());
    }

    /**
     * One app per data folder: the first launch takes it; a later one hands its arguments to the
     * running app and exits 0. Console commands never get here: they need no lock.
     */
    private static Optional<InstanceLock> claimDataFolder(CommandLine cmd, List<String> args) {
        Path dataDir = AppDirectories.forThisMachine(cmd.dataDir());
        try {
            Optional<InstanceLock> lock = InstanceLock.claim(dataDir);
            if (lock.isEmpty()) {
                if (HandOver.send(dataDir, args, HAND_OVER_PATIENCE)) {
                    System.exit(0);
                }
                // Better a second window than none for someone woken by a cramp.
                log().log(Level.WARNING, "An app holds {0} but did not answer; starting anyway", dataDir);
            }
            return lock;
        } catch (IOException e) {
            log().log(Level.WARNING, "Cannot take the data folder {0} for this app: {1}", dataDir, e);
            return Optional.empty();
        }
    }
}
