package org.nightcramp.app.cli;

import org.nightcramp.l10n.Texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --export-reminder} and {@code --relief}: parsed, run without JavaFX, output captured. */
class NightUseOptionsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        ConsoleCommands commands = new ConsoleCommands(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Locale.ENGLISH, CLOCK);
        try {
            return commands.run(CommandLine.parse(List.of(args)));
        } catch (CommandLine.UsageException e) {
            return commands.usageError(e);
        }
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void exportsAChineseReminderThatParsesBack() throws Exception {
        Path ics = dir.resolve("bedtime.ics");

        assertEquals(ConsoleCommands.OK, run("--export-reminder", ics.toString(), "--time", "21:45", "--locale", "zh-CN"));
        Calendar calendar = new CalendarBuilder().build(new StringReader(Files.readString(ics)));
        VEvent event = calendar.<VEvent>getComponents("VEVENT").get(0);
        assertEquals("FREQ=DAILY", event.getProperty(Property.RRULE).orElseThrow().getValue());
        assertEquals("Asia/Shanghai", event.getProperty(Property.DTSTART).orElseThrow().getParameter("TZID")
                .orElseThrow().getValue());
        assertEquals("20261124T214500", event.getProperty(Property.DTSTART).orElseThrow().getValue());
        assertEquals(Texts.ui(Locale.forLanguageTag("zh-CN")).text("reminder.ics.title"),
                event.getProperty(Property.SUMMARY).orElseThrow().getValue());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains(ics.toAbsolutePath().toString()));
    }

    @Test
    void anExistingFileIsKeptUnlessForced() throws Exception {
        Path ics = dir.resolve("bedtime.ics");
        Files.writeString(ics, "mine");

        assertEquals(ConsoleCommands.USAGE, run("--export-reminder", ics.toString(), "--time", "22:30"));
        assertEquals("mine", Files.readString(ics));
        assertTrue(err().contains("--force"), err());
        assertEquals(ConsoleCommands.OK, run("--export-reminder", ics.toString(), "--time", "22:30", "--force"));
        assertTrue(Files.readString(ics).startsWith("BEGIN:VCALENDAR"));
    }

    @Test
    void aWrongTimeOrAMissingOneIsAUsageError() {
        assertEquals(ConsoleCommands.USAGE, run("--export-reminder", dir.resolve("a.ics").toString(), "--time", "25:00"));
        assertTrue(err().contains("HH:MM"), err());
        assertEquals(ConsoleCommands.USAGE, run("--export-reminder", dir.resolve("a.ics").toString()));
        assertEquals(ConsoleCommands.USAGE, run("--time", "22:30"));
        assertFalse(Files.exists(dir.resolve("a.ics")));
    }

    @Test
    void aFolderThatCannotBeWrittenIsAProblem() {
        assertEquals(ConsoleCommands.PROBLEMS,
                run("--export-reminder", dir.resolve("no/such/folder/a.ics").toString(), "--time", "22:30"));
        assertTrue(err().contains("a.ics"), err());
    }

    @Test
    void reliefOpensOneOfTheTwoRoutines() throws Exception {
        assertEquals(Optional.of("before-bed"), CommandLine.parse(List.of("--relief", "before-bed")).relief());
        assertEquals(Optional.of("cramp-now"), CommandLine.parse(List.of("--relief=cramp-now")).relief());
        assertFalse(CommandLine.parse(List.of("--relief", "cramp-now")).isConsoleCommand(), "it opens the window");
        assertEquals(ConsoleCommands.USAGE, run("--relief", "yoga"));
        assertTrue(err().contains("yoga"), err());
    }

    @Test
    void helpListsTheNightUseOptions() {
        assertEquals(ConsoleCommands.OK, run("--help"));
        String help = out.toString(StandardCharsets.UTF_8);
        assertTrue(help.contains("--export-reminder") && help.contains("--relief"), help);
    }
}
