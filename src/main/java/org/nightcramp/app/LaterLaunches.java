package org.nightcramp.app;

import java.lang.System.Logger.Level;
import java.util.List;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.nightcramp.app.cli.CommandLine;

/** What a later launch on the same data folder asks of the running window: to come forward, and a routine. */
final class LaterLaunches {

    private static final System.Logger LOG = System.getLogger(LaterLaunches.class.getName());

    private LaterLaunches() {
    }

    /** From now on, arguments handed to {@code lock} act on this window. */
    static void follow(InstanceLock lock, Stage stage, MainWindow window) {
        lock.onArguments(args -> Platform.runLater(() -> act(stage, window, args)));
    }

    /** Brings the window to the front and does what the arguments ask, such as {@code --relief cramp-now}. */
    static void act(Stage stage, MainWindow window, List<String> args) {
        stage.setIconified(false);
        stage.show();
        stage.toFront();
        stage.requestFocus();
        try {
            CommandLine.parse(args).relief().ifPresent(window::startRoutine);
        } catch (CommandLine.UsageException e) {
            // The second launch checked its arguments before handing them over; this is not a person typing.
            LOG.log(Level.DEBUG, "Ignored handed-over arguments {0}: {1}", args, e.getMessage());
        }
    }
}
