package org.nightcramp.app.cli;

import org.nightcramp.l10n.Texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.Optional;
import javax.print.attribute.standard.Copies;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.Media;
import javax.print.attribute.standard.MediaSizeName;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nightcramp.sheet.print.FakePrintService;
import org.nightcramp.sheet.print.FakePrintSystem;
import org.nightcramp.sheet.print.PrinterStatus;

/** {@code --print-sheet} and {@code --list-printers} on fake printers, output captured in memory. */
class PrintSheetCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final FakePrintSystem system = new FakePrintSystem();

    private int run(Locale console, String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", dir.resolve("data").toString()));
        all.addAll(List.of(args));
        ConsoleCommands commands = new ConsoleCommands(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), console, CLOCK, system.printing());
        try {
            return commands.run(CommandLine.parse(all));
        } catch (CommandLine.UsageException e) {
            return commands.usageError(e);
        }
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8).strip();
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8).strip();
    }

    private static int pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    @Test
    void printsTheSamePagesExportSavesOnTheDefaultPrinter() throws IOException {
        FakePrintService office = system.add("Office", PrinterStatus.IDLE);
        system.add("Hall", PrinterStatus.IDLE);
        Path answers = Files.writeString(dir.resolve("answers.json"), """
                {"schema":1,"questions":{"cold.room":"yes"},"aboutYou":{},"lastStep":"","finished":true}""");

        int code = run(Locale.ENGLISH, "--print-sheet", "--answers", answers.toString(), "--locale", "en-US",
                "--name", "Sam Lee", "--copies", "2");

        assertEquals(ConsoleCommands.OK, code, err());
        Path saved = dir.resolve("same.pdf");
        run(Locale.ENGLISH, "--export-sheet", saved.toString(), "--answers", answers.toString(), "--locale", "en-US",
                "--name", "Sam Lee");
        var job = office.received.get(0);
        int count = pages(Files.readAllBytes(saved));
        assertEquals(count, pages(job.data()));
        assertEquals(MediaSizeName.NA_LETTER, job.attributes().get(Media.class), "Letter for en-US");
        assertEquals(new Copies(2), job.attributes().get(Copies.class));
        assertEquals("Night Cramp Guide: my advice sheet", ((JobName) job.attributes().get(JobName.class)).getValue());
        assertTrue(out().startsWith("Sent the advice sheet (" + count + " pages, Letter) to Office, 2 copies."), out());
    }

    @Test
    void aNamedPrinterAndPaperAreUsedAndTheMessagesAreInTheConsolesLanguage() {
        system.add("Office", PrinterStatus.IDLE);
        FakePrintService hall = system.add("Hall", PrinterStatus.BUSY);

        int code = run(Locale.SIMPLIFIED_CHINESE, "--print-sheet", "--printer=Hall", "--paper", "A4", "--locale", "en-US");

        assertEquals(ConsoleCommands.OK, code, err());
        assertEquals(MediaSizeName.ISO_A4, hall.received.get(0).attributes().get(Media.class));
        String printed = Texts.ui(Locale.SIMPLIFIED_CHINESE).pattern("sheet.cli.printed");
        assertTrue(out().startsWith(printed.substring(0, printed.indexOf('{'))), out());
    }

    @Test
    void exitsOneWhenThePrintSystemDidNotTakeTheJob() {
        system.add("Office", PrinterStatus.IDLE).behaviour = FakePrintService.Behaviour.FAIL_EVENT;
        system.add("Upstairs", PrinterStatus.STOPPED);

        assertEquals(ConsoleCommands.PROBLEMS, run(Locale.ENGLISH, "--print-sheet"));
        assertTrue(err().startsWith("Office did not take the print job"), err());

        err.reset();
        assertEquals(ConsoleCommands.PROBLEMS, run(Locale.ENGLISH, "--print-sheet", "--printer", "Upstairs"));
        assertTrue(err().startsWith("The printer Upstairs is stopped"), err());

        err.reset();
        assertEquals(ConsoleCommands.PROBLEMS, run(Locale.ENGLISH, "--print-sheet", "--printer", "Garage"));
        assertEquals("There is no printer called \"Garage\". Run --list-printers to see the printers there are.", err());
    }

    @Test
    void withoutPrintersOrLprItSaysWhatToDo() {
        assertEquals(ConsoleCommands.PROBLEMS, run(Locale.ENGLISH, "--print-sheet"));
        assertTrue(err().startsWith("No printers found."), err());

        err.reset();
        system.add("Office", PrinterStatus.IDLE);
        system.missingCommand = Optional.of("lpr");
        assertEquals(ConsoleCommands.PROBLEMS, run(Locale.ENGLISH, "--print-sheet"));
        assertTrue(err().contains("the lpr command is missing") && err().contains("cups-bsd"), err());
    }

    @Test
    void listPrintersShowsTheDefaultFirstWithWhatEachIsDoing() {
        system.add("Office", PrinterStatus.IDLE);
        system.add("Upstairs", PrinterStatus.STOPPED);
        system.add("Hall", PrinterStatus.UNKNOWN);

        assertEquals(ConsoleCommands.OK, run(Locale.ENGLISH, "--list-printers"));
        assertEquals(List.of("Printers (the default first):", "  Office (default) · ready", "  Upstairs · stopped",
                "  Hall"), out().lines().toList());

        FakePrintSystem none = system;
        none.services.clear();
        assertEquals(ConsoleCommands.PROBLEMS, run(Locale.ENGLISH, "--list-printers"));
    }

    @Test
    void badPrintOptionsAreUsageErrors() {
        assertEquals(ConsoleCommands.USAGE, run(Locale.ENGLISH, "--print-sheet", "--copies", "0"));
        assertEquals(ConsoleCommands.USAGE, run(Locale.ENGLISH, "--print-sheet", "--copies=many"));
        assertEquals(ConsoleCommands.USAGE, run(Locale.ENGLISH, "--printer", "Office"));
        assertEquals(ConsoleCommands.USAGE, run(Locale.ENGLISH, "--print-sheet", "--force"));
        assertEquals(ConsoleCommands.USAGE, run(Locale.ENGLISH, "--print-sheet", "--export-sheet", "x.pdf"));
        assertEquals(List.of(
                "The number of copies must be a whole number from 1 to 99, not \"0\".",
                "Run with --help to see the options.",
                "The number of copies must be a whole number from 1 to 99, not \"many\".",
                "Run with --help to see the options.",
                "The option --printer only works together with --print-sheet.",
                "Run with --help to see the options.",
                "The option --force only works together with --export-sheet.",
                "Run with --help to see the options.",
                "Choose either --export-sheet or --print-sheet, not both.",
                "Run with --help to see the options."), err().lines().toList());
    }

    @Test
    void helpDescribesPrinting() {
        run(Locale.ENGLISH, "--help");
        assertTrue(out().contains("--print-sheet") && out().contains("--list-printers") && out().contains("--copies N"),
                out());
    }
}
