package org.nightcramp.app;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import org.nightcramp.app.cli.CommandLine;
import org.nightcramp.app.cli.ConsoleCommands;

/**
 * Entry point for the classpath app. It must not extend Application: the JavaFX launcher
 * refuses to start an Application main class from the classpath without the JavaFX modules.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        ConsoleCommands console = new ConsoleCommands(System.out, System.err, Locale.getDefault());
        CommandLine cmd;
        try {
            cmd = CommandLine.parse(List.of(args));
        } catch (CommandLine.UsageException e) {
            System.exit(console.usageError(e));
            return;
        }
        Logging.configure(cmd.isConsoleCommand());
        if (cmd.isConsoleCommand()) {
            System.exit(console.run(cmd));
            return;
        }
        // Settings, content and the first page's drawings load while the toolkit starts.
        NightCrampApp.handOver(CompletableFuture.supplyAsync(() -> Preloaded.load(cmd)));
        Application.launch(NightCrampApp.class, args);
    }
}
