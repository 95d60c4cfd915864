package org.nightcramp.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.text.Text;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.nightcramp.app.cli.CommandLine;
import org.nightcramp.app.cli.ConsoleCommands;
import org.nightcramp.l10n.Texts;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Rectangle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.nightcramp.diary.Diary;
import org.nightcramp.diary.DiaryStore;
import org.nightcramp.diary.NightDates;
import org.nightcramp.diary.NightEntry;
import org.nightcramp.storage.StrictJson;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The diary as a person uses it, by keyboard only: the morning notice offers to log last night,
 * Enter takes them there, three nights are typed in (Tab, numbers, Enter; Alt+Left for the night
 * before) and the chart draws them.
 */
@ExtendWith(ApplicationExtension.class)
class DiaryInAppTest {

    @TempDir
    Path dataDir;

    private TestWindow window;

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            window.close();
        }
    }

    @Test
    void logsThreeNightsByKeyboardAndSeesThemInTheChart(FxRobot robot) throws Exception {
        // A diary begun long ago, outside the chart's weeks: last night is missing.
        LocalDate last = NightDates.lastNight(Clock.systemDefaultZone());
        new DiaryStore(dataDir, StrictJson.create(), Clock.systemDefaultZone())
                .save(Diary.empty().with(NightEntry.quiet(last.minusDays(60))));
        window = TestWindow.start(dataDir, "en", false, 1.0, 1100, 760);
        NoticeBar notices = window.node("notifications");
        assertTrue(TestWindow.call(notices::isShowing), "the morning notice offers to log last night");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.node("diaryPromptLog").isFocused());
        window.focus();
        robot.type(KeyCode.ENTER);
        keyboardReaches("diaryCramps");
        window.focus();
        night(robot, "2", "6", "3", "4");
        window.focus();
        robot.press(KeyCode.ALT).type(KeyCode.LEFT).release(KeyCode.ALT);
        night(robot, "1", "3");
        window.focus();
        robot.press(KeyCode.ALT).type(KeyCode.LEFT).release(KeyCode.ALT);
        night(robot, "0");
        WaitForAsyncUtils.waitForFxEvents();

        Diary saved = new DiaryStore(dataDir, StrictJson.create(), Clock.systemDefaultZone()).load().value();
        assertEquals(4, saved.size());
        NightEntry first = saved.entry(last).orElseThrow();
        assertEquals(2, first.cramps());
        assertEquals(6, first.worstSeverity());
        assertEquals(3, first.longestMinutes());
        assertEquals(4, first.sleepDisturbance());
        assertEquals(1, saved.entry(last.minusDays(1)).orElseThrow().cramps());
        assertEquals(0, saved.entry(last.minusDays(2)).orElseThrow().cramps());

        javafx.scene.Parent chart = window.node("diaryChart");
        long bars = TestWindow.call(() -> chart.getChildrenUnmodifiable().stream().filter(n -> n instanceof Rectangle r
                && (r.getStyleClass().contains("trend-bar") || r.getStyleClass().contains("trend-bar-zero"))).count());
        assertEquals(3, bars, "one bar for each night logged");
        assertFalse(TestWindow.call(() -> window.node("diaryEmpty").isVisible()));
        assertTrue(TestWindow.call(() -> window.node("diaryChart").isVisible()));

        // The advice sheet now has "My last weeks", in the preview and in the exported PDF.
        String heading = Texts.ui(Locale.ENGLISH).text("sheet.diary.heading");
        window.fire("navSheet");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> TestWindow.call(() -> !window.all(n ->
                n instanceof Text t && heading.equals(t.getText())).isEmpty()));
        Path pdf = dataDir.resolve("sheet.pdf");
        ConsoleCommands commands = new ConsoleCommands(System.out, System.err, Locale.ENGLISH, Clock.systemDefaultZone());
        assertEquals(ConsoleCommands.OK, commands.run(CommandLine.parse(
                List.of("--data-dir", dataDir.toString(), "--locale", "en", "--export-sheet", pdf.toString()))));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains(heading), "the sheet has My last weeks");
        }
    }

    /**
     * Waits for the page to put the keyboard in the field: the scene's focus owner, which is the
     * app's doing (whether the window itself has the focus is the test machine's). A timeout says
     * where the keyboard was instead.
     */
    private void keyboardReaches(String id) throws TimeoutException {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> TestWindow.call(() -> within(
                    window.scene().getFocusOwner(), id)));
        } catch (TimeoutException e) {
            String owner = TestWindow.call(() -> String.valueOf(window.scene().getFocusOwner()));
            throw new AssertionError("the keyboard never reached #" + id + "; diary page shown: "
                    + window.find("diaryView").isPresent() + ", focus owner: " + owner, e);
        }
    }

    private static boolean within(Node node, String id) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (id.equals(n.getId())) {
                return true;
            }
        }
        return false;
    }

    /** Types the numbers of one night, Tab between them, and Enter to save. */
    private static void night(FxRobot robot, String... numbers) {
        for (int i = 0; i < numbers.length; i++) {
            if (i > 0) {
                robot.type(KeyCode.TAB);
                WaitForAsyncUtils.waitForFxEvents();
            }
            robot.write(numbers[i]);
        }
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
