package org.nightcramp.startup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The start-up benchmark's baseline: a JavaFX window with one button, the same size as the app's,
 * marking its first painted frame exactly as {@code org.nightcramp.app.StartupMark} does. It keeps
 * its own copy of the marker so that it loads nothing of the app.
 */
public final class BareWindow {

    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Fx.class, args);
    }

    /** The application; started through {@link #main} so it runs from the classpath too. */
    public static final class Fx extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new StackPane(new Button("Hello")), 1100, 760);
            stage.setTitle("Bare window");
            stage.setScene(scene);
            stage.show();
            String file = System.getProperty("nightcramp.startupMark",
                    System.getenv().getOrDefault("NIGHTCRAMP_STARTUP_MARK", ""));
            if (!file.isEmpty()) {
                boolean[] laidOut = {false};
                Runnable[] listener = new Runnable[1];
                listener[0] = () -> {
                    if (laidOut[0]) {
                        scene.removePostLayoutPulseListener(listener[0]);
                        mark(Path.of(file));
                        Platform.exit();
                    } else {
                        laidOut[0] = true;
                        Platform.runLater(() -> scene.getRoot().requestLayout());
                    }
                };
                scene.addPostLayoutPulseListener(listener[0]);
            }
        }
    }

    private static void mark(Path file) {
        Instant now = Instant.now();
        long micros = now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
        long hwm = 0;
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    hwm = Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long cpu = (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
            Files.writeString(file, "painted=" + micros + " vmhwm=" + hwm + " cpu=" + cpu + System.lineSeparator(),
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
