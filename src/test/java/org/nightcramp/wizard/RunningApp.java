package org.nightcramp.wizard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.nightcramp.app.AppStartup;
import org.nightcramp.app.MainWindow;
import org.nightcramp.app.cli.CommandLine;
import org.nightcramp.assessment.Answer;
import org.nightcramp.assessment.Answers;
import org.nightcramp.assessment.AnswersRepository;
import org.nightcramp.storage.StrictJson;
import org.nightcramp.testing.FocusedWindow;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real app window for the wizard's flow tests, started as a person starts it, with the
 * disclaimer already acknowledged, and driven from the keyboard.
 */
final class RunningApp {

    private final Path dataDir;
    private final FxRobot robot;
    private Stage stage;
    private MainWindow window;

    RunningApp(Path dataDir, FxRobot robot) {
        this.dataDir = dataDir;
        this.robot = robot;
    }

    /** Starts the app in a language, as after the first start. */
    RunningApp start(String locale) throws Exception {
        if (!Files.exists(dataDir.resolve("settings.json"))) {
            Files.writeString(dataDir.resolve("settings.json"), """
                    {"schema":1,"locale":"%s","theme":"light","textScale":1.0,
                     "window":{"x":-1,"y":-1,"width":1100,"height":760,"maximized":false},
                     "disclaimerAcknowledged":true}""".formatted(locale));
        }
        List<String> args = new ArrayList<>(List.of("--data-dir", dataDir.toString(), "--locale", locale));
        CommandLine cmd = CommandLine.parse(args);
        window = WaitForAsyncUtils.asyncFx(() -> {
            stage = new Stage();
            return AppStartup.start(stage, cmd).orElseThrow();
        }).get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    MainWindow window() {
        return window;
    }

    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            if (stage != null) {
                stage.close();
            }
        }).get(5, TimeUnit.SECONDS);
        stage = null;
    }

    /** The answers as saved on disk now. */
    Answers saved() throws IOException {
        return new AnswersRepository(dataDir, StrictJson.create(), java.time.Clock.systemUTC()).load().value();
    }

    // Keyboard

    void key(KeyCode code) {
        FocusedWindow.of(stage);
        robot.type(code);
        WaitForAsyncUtils.waitForFxEvents();
    }

    void tab(int times) {
        for (int i = 0; i < times; i++) {
            key(KeyCode.TAB);
        }
    }

    void alt(KeyCode code) {
        FocusedWindow.of(stage);
        robot.press(KeyCode.ALT).type(code).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** From the start, by keyboard: into the check, "yes" to a cold room, on to step 3 of 8. */
    RunningApp answerColdAndGoOn() {
        openGuide("wizardBegin");
        key(KeyCode.ENTER);
        alt(KeyCode.Y);
        key(KeyCode.ENTER);
        return this;
    }

    /** Tabs forward until the control with this id has focus, failing after a page's worth. */
    void tabTo(String id) {
        for (int i = 0; i < 60 && !id.equals(focusedId()); i++) {
            key(KeyCode.TAB);
        }
        if (!id.equals(focusedId())) {
            throw new AssertionError("Tab never reached #" + id + "; focus is on #" + focusedId());
        }
    }

    /** The id of the control with focus, in the newest focused window, such as a dialog. */
    String focusedId() {
        // Monocle can report the owner window as focused too, so the newest one wins.
        javafx.scene.Scene scene = javafx.stage.Window.getWindows().stream()
                .filter(javafx.stage.Window::isFocused).reduce((first, second) -> second)
                .map(javafx.stage.Window::getScene).orElse(stage.getScene());
        Node owner = scene.getFocusOwner();
        return owner == null ? null : owner.getId();
    }

    /**
     * From the navigation bar, where focus is at start: arrow to "Check causes", choose it, and
     * Tab through the header into the page until focus reaches the control with this id.
     */
    void openGuide(String firstFocus) {
        if (!"navHome".equals(focusedId())) {
            throw new AssertionError("Expected focus on #navHome at start, not #" + focusedId());
        }
        key(KeyCode.RIGHT);
        key(KeyCode.SPACE);
        tabTo(firstFocus);
    }

    String text(String id) {
        Node node = node(id);
        return node instanceof javafx.scene.control.Labeled l ? l.getText() : String.valueOf(node);
    }

    boolean visible(String id) {
        return exists(id) && node(id).isVisible();
    }

    // Looking

    <T extends Node> T node(String id) {
        return robot.lookup("#" + id).query();
    }

    boolean exists(String id) {
        return robot.lookup("#" + id).tryQuery().isPresent();
    }

    boolean selected(String question, Answer answer) {
        RadioButton b = node(answerId(question, answer));
        return b.isSelected();
    }

    static String answerId(String question, Answer answer) {
        return "answer-" + question.replace('.', '-') + "-" + answer.name().toLowerCase().replace('_', '-');
    }

    /** Waits until a node with this id is in the window. */
    void waitFor(String id) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> exists(id));
    }
}
