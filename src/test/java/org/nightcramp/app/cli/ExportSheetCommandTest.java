package org.nightcramp.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.nightcramp.assessment.AnswersRepository;
import org.junit.jupiter.api.io.TempDir;

/** {@code --export-sheet}, run as the console command without JavaFX, output captured in memory. */
class ExportSheetCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Locale console, String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("--data-dir", dir.resolve("data").toString()));
        all.addAll(List.of(args));
        ConsoleCommands commands = new ConsoleCommands(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), console, CLOCK);
        try {
            return commands.run(CommandLine.parse(all));
        } catch (CommandLine.UsageException e) {
            return commands.usageError(e);
        }
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path answers(String json) throws IOException {
        return Files.writeString(dir.resolve("answers.json"), json);
    }

    private static String pdfText(Path file) throws IOException {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void exportsTheSheetForTheGivenAnswers() throws IOException {
        Path answers = answers("""
                {"schema":1,"questions":{"cold.room":"yes","cold.uncovered":"yes","calcium.low-intake":"no"},
                 "aboutYou":{},"lastStep":"","finished":true}""");
        Path pdf = dir.resolve("sheet.pdf");

        int code = run(Locale.ENGLISH, "--export-sheet", pdf.toString(), "--answers", answers.toString(),
                "--locale", "en-GB", "--paper", "letter", "--name", "Sam Lee");

        assertEquals(ConsoleCommands.OK, code, err());
        assertEquals("", err());
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Saved the advice sheet ("), out::toString);
        String text = pdfText(pdf);
        assertTrue(text.contains("Feeling cold at night"));
        assertFalse(text.contains("Sleeping position"));
        assertTrue(text.contains("For Sam Lee · November 24, 2026"), text);
        assertTrue(text.contains("999"), "GB number for en-GB");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(612, doc.getPage(0).getMediaBox().getWidth(), 0.01);
        }
    }

    @Test
    void theCountryChosenInTheAppGivesTheSheetsEmergencyNumber() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve("settings.json"), """
                {"schema":1,"locale":"en","theme":"light","textScale":1.0,
                 "window":{"x":-1,"y":-1,"width":1100,"height":760,"maximized":false},
                 "disclaimerAcknowledged":true,"country":"CN"}""");
        Path pdf = dir.resolve("chosen.pdf");

        assertEquals(ConsoleCommands.OK, run(Locale.ENGLISH, "--export-sheet", pdf.toString(), "--locale", "en"), err());

        String text = pdfText(pdf);
        assertTrue(text.contains("120"), "mainland China's number, as chosen in the app");
        assertFalse(text.contains("Emergency numbers:"), "one number, not the whole list");
        assertTrue(Files.readString(data.resolve("settings.json")).contains("\"CN\""), "the settings are left alone");
    }

    @Test
    void withoutAnswersUsesTheSavedOnesOrNoneAndTheLocalesPaper() throws IOException {
        Path pdf = dir.resolve("general.pdf");

        assertEquals(ConsoleCommands.OK, run(Locale.ENGLISH, "--export-sheet", pdf.toString(), "--locale", "zh-CN"));

        String text = pdfText(pdf);
        assertTrue(text.contains("适合所有人"), "no saved answers: the general sheet, in Chinese");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(595, doc.getPage(0).getMediaBox().getWidth(), 0.01, "A4 in China");
        }
    }

    @Test
    void aBadPaperSizeIsAUsageErrorInThePersonsLanguage() {
        assertEquals(ConsoleCommands.USAGE, run(Locale.SIMPLIFIED_CHINESE, "--export-sheet", dir.resolve("x.pdf").toString(), "--paper", "A5"));

        assertTrue(err().startsWith("未知的纸张大小“A5”。请使用 A4 或 Letter。"), err());
        assertFalse(Files.exists(dir.resolve("x.pdf")));
    }

    @Test
    void unreadableAnswersNameTheFileAndWhereItIsWrong() throws IOException {
        Path answers = answers("{\"schema\":1,\"questions\":{\"cold.room\":\"maybe\"}}");
        Path pdf = dir.resolve("sheet.pdf");

        assertEquals(ConsoleCommands.PROBLEMS,
                run(Locale.ENGLISH, "--export-sheet", pdf.toString(), "--answers", answers.toString()));

        assertTrue(err().startsWith("Cannot read the answers in " + answers.toAbsolutePath() + ": line 1"), err());
        assertFalse(Files.exists(pdf));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aPipeGivenAsAnswersIsRefusedWithoutWaitingForAWriter() throws Exception {
        Path pipe = dir.resolve("answers.pipe");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        } catch (IOException e) {
            throw new org.opentest4j.TestAbortedException("mkfifo is not available here");
        }
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo failed");

        assertEquals(ConsoleCommands.PROBLEMS,
                run(Locale.ENGLISH, "--export-sheet", dir.resolve("s.pdf").toString(), "--answers", pipe.toString()));

        assertTrue(err().startsWith("Cannot read the answers in " + pipe.toAbsolutePath() + ": it is not a file"), err());
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aLinkToAnEndlessDeviceGivenAsAnswersIsRefused() throws IOException {
        assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero here");
        Path link = Files.createSymbolicLink(dir.resolve("answers.json"), Path.of("/dev/zero"));

        assertEquals(ConsoleCommands.PROBLEMS,
                run(Locale.SIMPLIFIED_CHINESE, "--export-sheet", dir.resolve("s.pdf").toString(), "--answers", link.toString()));

        assertTrue(err().startsWith("无法读取 " + link.toAbsolutePath() + " 中的回答：它不是普通文件"), err());
    }

    @Test
    void answersOneByteOverTheLimitAreRefused() throws IOException {
        byte[] big = new byte[(int) AnswersRepository.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        Path answers = Files.write(dir.resolve("answers.json"), big);

        assertEquals(ConsoleCommands.PROBLEMS,
                run(Locale.ENGLISH, "--export-sheet", dir.resolve("s.pdf").toString(), "--answers", answers.toString()));

        assertTrue(err().startsWith("Cannot read the answers in " + answers.toAbsolutePath()
                + ": it holds more than the 262,144 bytes"), err());
    }

    @Test
    void answersFromANewerVersionAreReadForWhatThisVersionKnows() throws IOException {
        Path answers = answers("{\"schema\":7,\"questions\":{\"cold.room\":\"yes\"},\"aboutYou\":{},"
                + "\"lastStep\":\"\",\"finished\":true,\"notes\":\"from a later version\"}");
        Path pdf = dir.resolve("sheet.pdf");

        assertEquals(ConsoleCommands.OK, run(Locale.ENGLISH, "--export-sheet", pdf.toString(), "--answers", answers.toString()), err());
    }

    @Test
    void aMissingAnswersFileIsAnError() {
        Path missing = dir.resolve("nope.json");

        assertEquals(ConsoleCommands.PROBLEMS,
                run(Locale.ENGLISH, "--export-sheet", dir.resolve("s.pdf").toString(), "--answers", missing.toString()));

        assertTrue(err().startsWith("There is no answers file at " + missing.toAbsolutePath()), err());
    }

    @Test
    void anExistingFileIsKeptUnlessForced() throws IOException {
        Path pdf = Files.writeString(dir.resolve("sheet.pdf"), "mine");

        assertEquals(ConsoleCommands.USAGE, run(Locale.ENGLISH, "--export-sheet", pdf.toString()));
        assertEquals("The file " + pdf.toAbsolutePath() + " already exists. Choose another name, or add --force to replace it.",
                err().strip());
        assertEquals("mine", Files.readString(pdf));

        assertEquals(ConsoleCommands.OK, run(Locale.ENGLISH, "--export-sheet", pdf.toString(), "--force"));
        assertTrue(Files.size(pdf) > 10_000);
    }

    @Test
    void sheetOptionsNeedExportSheet() {
        assertEquals(ConsoleCommands.USAGE, run(Locale.ENGLISH, "--paper", "A4"));

        assertEquals(List.of("The option --paper only works together with --export-sheet or --print-sheet.",
                "Run with --help to see the options."), err().lines().toList());
    }

    @Test
    void helpListsTheExportOptionsInBothLanguages() {
        run(Locale.ENGLISH, "--help");
        run(Locale.SIMPLIFIED_CHINESE, "--help");

        String help = out.toString(StandardCharsets.UTF_8);
        assertTrue(help.contains("  --export-sheet OUT.pdf"), help);
        assertTrue(help.contains("  --export-sheet 输出.pdf"), help);
        assertTrue(help.contains("--paper A4|Letter"));
    }
}
