package org.nightcramp.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.stage.Stage;
import org.nightcramp.app.cli.CommandLine;
import org.nightcramp.sheet.print.PdfPrinting;
import org.nightcramp.testing.FocusedWindow;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real app window for tests of what a person sees: started from a settings file with the
 * disclaimer already read, at a window size, and driven through its controls by id.
 */
final class TestWindow implements AutoCloseable {

    private final Stage stage;
    private final MainWindow window;

    private TestWindow(Stage stage, MainWindow window) {
        this.stage = stage;
        this.window = window;
    }

    /** @param textScale 1.0 for the normal size, 1.5 for three steps larger */
    static TestWindow start(Path dataDir, String locale, boolean night, double textScale, int width, int height)
            throws Exception {
        Files.writeString(dataDir.resolve("settings.json"), String.format(Locale.ROOT, """
                {"schema":1,"locale":"%s","theme":"%s","textScale":%s,
                 "window":{"x":0,"y":0,"width":%d,"height":%d,"maximized":false},
                 "disclaimerAcknowledged":true}""", locale, night ? "night" : "light", textScale, width, height));
        CommandLine cmd = CommandLine.parse(List.of("--data-dir", dataDir.toString()));
        Stage[] stage = new Stage[1];
        MainWindow window = call(() -> {
            stage[0] = new Stage();
            return AppStartup.start(stage[0], cmd).orElseThrow();
        });
        TestWindow test = new TestWindow(stage[0], window);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> test.scene().getWidth() == width);
        WaitForAsyncUtils.waitForFxEvents();
        return test;
    }

    /** Starts from the files already in the data folder, printing through {@code printing}. */
    static TestWindow open(Path dataDir, int width, int height, PdfPrinting printing) throws Exception {
        CommandLine cmd = CommandLine.parse(List.of("--data-dir", dataDir.toString()));
        Stage[] stage = new Stage[1];
        // Start-up reads fonts and the guide; on a busy machine it takes longer than a click.
        MainWindow window = WaitForAsyncUtils.asyncFx(() -> {
            stage[0] = new Stage();
            return AppStartup.start(stage[0], Preloaded.load(cmd), printing).orElseThrow();
        }).get(2, TimeUnit.MINUTES);
        TestWindow test = new TestWindow(stage[0], window);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> test.scene().getWidth() == width);
        WaitForAsyncUtils.waitForFxEvents();
        return test;
    }

    /** Starts again from the settings the last run saved, at a window size. */
    static TestWindow restart(Path dataDir, int width, int height, String... options) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("--data-dir", dataDir.toString()));
        args.addAll(List.of(options));
        CommandLine cmd = CommandLine.parse(args);
        Stage[] stage = new Stage[1];
        MainWindow window = call(() -> {
            stage[0] = new Stage();
            return AppStartup.start(stage[0], cmd).orElseThrow();
        });
        TestWindow test = new TestWindow(stage[0], window);
        call(() -> {
            stage[0].setWidth(width);
            stage[0].setHeight(height);
            return null;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> test.scene().getWidth() == width);
        WaitForAsyncUtils.waitForFxEvents();
        return test;
    }

    MainWindow window() {
        return window;
    }

    Scene scene() {
        return stage.getScene();
    }

    @SuppressWarnings("unchecked")
    <T extends Node> T node(String id) {
        Node found = scene().lookup("#" + id);
        if (found == null) {
            throw new AssertionError("No #" + id + " in the window");
        }
        return (T) found;
    }

    Optional<Node> find(String id) {
        return Optional.ofNullable(scene().lookup("#" + id));
    }

    /** Every node in the window that matches, in the order a person reads them; call on the FX thread. */
    List<Node> all(java.util.function.Predicate<Node> wanted) {
        List<Node> found = new java.util.ArrayList<>();
        collect(scene().getRoot(), wanted, found);
        return found;
    }

    private static void collect(Node node, java.util.function.Predicate<Node> wanted, List<Node> found) {
        if (wanted.test(node)) {
            found.add(node);
        }
        if (node instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, wanted, found));
        }
    }

    /** Presses a button by id, as a click would, and lets the window settle. */
    void fire(String id) {
        run(() -> ((ButtonBase) node(id)).fire());
    }

    void run(Runnable action) {
        call(() -> {
            action.run();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    static <T> T call(Callable<T> callable) {
        try {
            return WaitForAsyncUtils.asyncFx(callable).get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Gives the keyboard to this window (or its newest dialog) before the robot types. */
    void focus() {
        FocusedWindow.of(stage);
    }

    @Override
    public void close() throws Exception {
        WaitForAsyncUtils.asyncFx(stage::close).get(5, TimeUnit.SECONDS);
    }
}
