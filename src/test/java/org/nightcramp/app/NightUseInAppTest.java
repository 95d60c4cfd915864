package org.nightcramp.app;

import org.nightcramp.app.cli.CommandLine;
import org.nightcramp.l10n.Texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.nightcramp.reminder.ReminderStore;
import org.nightcramp.storage.StrictJson;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The real window: --relief opens a running routine; the bedtime notice and its offer, on a set clock. */
@ExtendWith(ApplicationExtension.class)
class NightUseInAppTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final Texts EN = Texts.ui(Locale.ENGLISH);

    @TempDir
    Path dataDir;

    private Stage stage;

    @BeforeEach
    void acknowledged() throws IOException {
        Files.writeString(dataDir.resolve("settings.json"), """
                {"schema":1,"locale":"en","theme":"light","textScale":1.0,
                 "window":{"x":-1,"y":-1,"width":1100,"height":760,"maximized":false},
                 "disclaimerAcknowledged":true}""");
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            if (stage != null) {
                stage.close();
            }
        }).get(5, TimeUnit.SECONDS);
    }

    private MainWindow start(String... args) throws Exception {
        List<String> all = new java.util.ArrayList<>(List.of("--data-dir", dataDir.toString()));
        all.addAll(List.of(args));
        CommandLine cmd = CommandLine.parse(all);
        MainWindow window = WaitForAsyncUtils.asyncFx(() -> {
            stage = new Stage();
            return AppStartup.start(stage, cmd).orElseThrow();
        }).get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return window;
    }

    private static Clock at(String local) {
        return Clock.fixed(ZonedDateTime.of(LocalDateTime.parse(local), ZONE).toInstant(), ZONE);
    }

    private static void awaitRunning(FxRobot robot, String routine) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#reliefRoutine-" + routine).tryQuery()
                .map(b -> ((ToggleButton) b).isSelected()).orElse(false)
                && robot.lookup("#reliefStart").queryButton().getText().equals(EN.text("relief.pause")));
    }

    @Test
    void reliefOptionOpensStraightIntoARunningRoutine(FxRobot robot) throws Exception {
        start("--relief", "before-bed");

        awaitRunning(robot, "before-bed");
    }

    @Test
    void atBedtimeAGentleNoticeStartsTheStretchWithEnter(FxRobot robot) throws Exception {
        MainWindow window = start();
        // At a real bedtime the window settled long ago: let start-up give the first page its focus.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getScene().getFocusOwner() != null
                && "navHome".equals(stage.getScene().getFocusOwner().getId()));
        ReminderStore store = new ReminderStore(dataDir, StrictJson.create(), Clock.systemUTC());
        BedtimeNotices early = new BedtimeNotices(window, store, at("2026-11-03T20:00"));
        WaitForAsyncUtils.asyncFx(() -> early.reminder().choose(LocalTime.of(22, 30))).get(5, TimeUnit.SECONDS);

        BedtimeNotices bedtime = new BedtimeNotices(window, store, at("2026-11-03T22:31"));
        WaitForAsyncUtils.asyncFx(bedtime::check).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#reminderStart").tryQuery()
                .map(javafx.scene.Node::isVisible).orElse(false));
        assertTrue(robot.lookup("#reminderSnooze").tryQuery().isPresent());
        assertTrue(robot.lookup(".dialog-pane").tryQuery().isEmpty(), "never a modal");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getScene().getFocusOwner() != null
                && "reminderStart".equals(stage.getScene().getFocusOwner().getId()));
        // The robot types into the focused window: make sure it is this one, not one an earlier
        // test left behind in this JVM (headless Monocle does not always move focus on show).
        robot.interact(() -> {
            stage.toFront();
            stage.requestFocus();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, stage::isFocused);
        robot.type(KeyCode.ENTER);

        awaitRunning(robot, "before-bed");
        assertTrue(store.load().shownFor().isPresent(), "tonight is marked, so it shows once");
        WaitForAsyncUtils.asyncFx(bedtime::check).get(5, TimeUnit.SECONDS);
        assertFalse(new BedtimeNotices(window, store, at("2026-11-03T23:00")).reminder().check(), "once a night");
    }

    @Test
    void theFirstBeforeBedRoutineOffersABedtimeOnce(FxRobot robot) throws Exception {
        MainWindow window = start();
        ReminderStore store = new ReminderStore(dataDir, StrictJson.create(), Clock.systemUTC());
        BedtimeNotices notices = new BedtimeNotices(window, store, at("2026-11-03T22:00"));
        WaitForAsyncUtils.asyncFx(() -> notices.routineFinished("before-bed")).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#reminderOn").tryQuery().isPresent());

        TextField time = robot.lookup("#reminderTime").queryAs(TextField.class);
        robot.interact(() -> time.setText("23:05"));
        robot.clickOn("#reminderOn");

        assertTrue(store.load().on());
        assertEquals(LocalTime.of(23, 5), store.load().bedtime());
        WaitForAsyncUtils.asyncFx(() -> notices.routineFinished("before-bed")).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(store.load().offered(), "offered once; the done page's link changes it later");
    }
}
