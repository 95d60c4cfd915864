package org.nightcramp.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nightcramp.content.BadFonts;
import org.nightcramp.content.ContentFolder;

/**
 * The console commands under faults: a broken font, a bad or unavailable {@code --locale}, an
 * output folder that is not there. Each gets one plain message on stderr and exit 1 (or 0 with a
 * fallback), and no stack trace reaches the log above the debug level.
 */
class ConsoleFaultsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<LogRecord> traces = new ArrayList<>();
    private final Handler traceCatcher = new Handler() {
        @Override
        public void publish(LogRecord r) {
            if (r.getThrown() != null && r.getLevel().intValue() > Level.FINE.intValue()) {
                traces.add(r);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void catchTraces() {
        Logger.getLogger("").addHandler(traceCatcher);
    }

    @AfterEach
    void noTraceAboveDebug() {
        Logger.getLogger("").removeHandler(traceCatcher);
        assertEquals(List.of(), traces.stream().map(r -> r.getLoggerName() + ": " + r.getMessage()).toList());
    }

    private int run(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", dir.resolve("data").toString()));
        all.addAll(List.of(args));
        ConsoleCommands commands = new ConsoleCommands(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Locale.ENGLISH, CLOCK);
        try {
            return commands.run(CommandLine.parse(all));
        } catch (CommandLine.UsageException e) {
            return commands.usageError(e);
        }
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path contentWithFont(byte[] font) throws IOException {
        ContentFolder folder = ContentFolder.bundledCopy(dir.resolve("content"));
        folder.writeBytes(BadFonts.REGULAR, font);
        return folder.root();
    }

    @Test
    void aGarbageFontFailsCheckContentNamingTheFile() throws IOException {
        Path content = contentWithFont("garbage".getBytes(StandardCharsets.UTF_8));

        assertEquals(ConsoleCommands.PROBLEMS, run("--check-content", content.toString()));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("fonts/NotoSans-Regular.ttf: This is not a TrueType font"),
                out::toString);
    }

    @Test
    void aBrokenFontStopsTheSheetWithOneMessage() throws IOException {
        Path content = contentWithFont(BadFonts.truncated());
        Path pdf = dir.resolve("sheet.pdf");

        int code = run("--content", content.toString(), "--export-sheet", pdf.toString());

        assertEquals(ConsoleCommands.PROBLEMS, code);
        assertEquals(1, err().lines().count(), err());
        assertTrue(err().startsWith("The advice sheet cannot be made: fonts/NotoSans-Regular.ttf: This font file is cut short"),
                err());
        assertFalse(Files.exists(pdf));
    }

    @Test
    void aFontThatMayNotBeEmbeddedStopsTheSheet() throws IOException {
        Path content = contentWithFont(BadFonts.restricted());

        int code = run("--content", content.toString(), "--export-sheet", dir.resolve("sheet.pdf").toString());

        assertEquals(ConsoleCommands.PROBLEMS, code);
        assertTrue(err().startsWith("The advice sheet cannot be made: fonts/NotoSans-Regular.ttf: The licence"), err());
    }

    @Test
    void aLocaleWithNoGuideIsToldAndEnglishIsUsed() {
        int code = run("--export-sheet", dir.resolve("sheet.pdf").toString(), "--locale", "fr");

        assertEquals(ConsoleCommands.OK, code, err());
        assertEquals("There is no guide in French (fr) yet, so English (en) is used.", err().strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x;rm", "xx-!!", "../../etc", "en_GB_x", "zh-CN-", "e"})
    void aValueThatIsNoLanguageTagIsToldAndIgnored(String bad) {
        int code = run("--export-sheet", dir.resolve("sheet.pdf").toString(), "--locale", bad);

        assertEquals(ConsoleCommands.OK, code, err());
        assertEquals("\"" + bad + "\" is not a language tag such as en or zh-CN, so --locale is ignored.", err().strip());
    }

    @Test
    void aMissingOutputFolderIsNamedWithoutATrace() {
        Path pdf = dir.resolve("nowhere").resolve("o.pdf");

        int code = run("--export-sheet", pdf.toString());

        assertEquals(ConsoleCommands.PROBLEMS, code);
        assertEquals("Cannot write " + pdf + ": the folder " + pdf.getParent()
                + " does not exist or does not take new files. Choose a folder you can save in.", err().strip());
    }

    @Test
    void aMissingContentFolderIsNamed() {
        Path nowhere = dir.resolve("no-content");

        int code = run("--content", nowhere.toString(), "--export-sheet", dir.resolve("o.pdf").toString());

        assertEquals(ConsoleCommands.PROBLEMS, code);
        assertEquals("Not a folder: " + nowhere.toAbsolutePath(), err().strip());
    }

    @Test
    void theReminderSaysTheSame() {
        int code = run("--export-reminder", dir.resolve("r.ics").toString(), "--time", "22:30", "--locale", "fr");

        assertEquals(ConsoleCommands.OK, code, err());
        assertEquals("There is no guide in French (fr) yet, so English (en) is used.", err().strip());
    }
}
