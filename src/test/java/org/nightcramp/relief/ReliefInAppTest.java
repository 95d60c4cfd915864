package org.nightcramp.relief;

import org.nightcramp.content.Routine;
import org.nightcramp.l10n.Texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.nightcramp.app.AppStartup;
import org.nightcramp.app.cli.CommandLine;
import org.nightcramp.testing.FocusedWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The panel in the real window: its page, F5 from anywhere, the home page's button, leaving it. */
@ExtendWith(ApplicationExtension.class)
class ReliefInAppTest {

    private static final Texts EN = TestRoutines.texts("en");


    @TempDir
    Path dataDir;

    private Stage stage;

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            if (stage != null) {
                stage.close();
            }
        }).get(5, TimeUnit.SECONDS);
    }

    private void start() throws Exception {
        Files.writeString(dataDir.resolve("settings.json"), """
                {"schema":1,"locale":"en","theme":"light","textScale":1.0,
                 "window":{"x":-1,"y":-1,"width":1100,"height":760,"maximized":false},
                 "disclaimerAcknowledged":true}""");
        // Muted, so a test machine with speakers stays quiet.
        Files.writeString(dataDir.resolve(ReliefPreferencesStore.FILE_NAME),
                "{\"schema\":1,\"routines\":{},\"muted\":true,\"history\":[]}");
        CommandLine cmd = CommandLine.parse(List.of("--data-dir", dataDir.toString()));
        WaitForAsyncUtils.asyncFx(() -> {
            stage = new Stage();
            return AppStartup.start(stage, cmd).orElseThrow();
        }).get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String primary(FxRobot robot) {
        return robot.lookup("#reliefStart").queryAs(Button.class).getText();
    }

    @Test
    void reliefHasItsPlaceBetweenHomeAndTheReader(FxRobot robot) throws Exception {
        start();
        var buttons = robot.lookup("#navBar").queryAs(javafx.scene.layout.FlowPane.class).getChildren();
        assertEquals(List.of("navHome", "navGuide", "navRelief", "navSheet", "navReader", "navDiary"),
                buttons.stream().map(javafx.scene.Node::getId).toList());

        robot.clickOn("#navRelief");
        assertEquals(TestRoutines.routine(Routine.CRAMP_NOW).steps().get(0).title(),
                robot.lookup("#reliefTitle").queryLabeled().getText());
        assertEquals(EN.text("relief.start"), primary(robot));
    }

    @Test
    void f5FromAnywhereStartsCrampNowAndLeavingThePanelPausesIt(FxRobot robot) throws Exception {
        start();
        robot.clickOn("#navReader");
        FocusedWindow.of(stage);
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#navRelief").queryAs(ToggleButton.class).isSelected());
        assertEquals(EN.text("relief.pause"), primary(robot));
        assertTrue(robot.lookup("#reliefRoutine-cramp-now").queryAs(ToggleButton.class).isSelected());

        robot.clickOn("#navHome");
        robot.clickOn("#navRelief");
        assertEquals(EN.text("relief.resume"), primary(robot), "no countdown runs where no one sees it");
        FocusedWindow.of(stage);
        robot.type(KeyCode.SPACE);
        assertEquals(EN.text("relief.pause"), primary(robot));
    }

    @Test
    void homePageButtonStartsCrampNow(FxRobot robot) throws Exception {
        start();
        robot.clickOn("#homeStartRelief");
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(robot.lookup("#navRelief").queryAs(ToggleButton.class).isSelected());
        assertEquals(EN.text("relief.pause"), primary(robot));
    }
}
