package org.nightcramp.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nightcramp.diary.Diary;
import org.nightcramp.diary.DiaryStore;
import org.nightcramp.diary.NightEntry;
import org.nightcramp.diary.Place;
import org.nightcramp.diary.ReliefAnswer;
import org.nightcramp.storage.StrictJson;

/** {@code --export-diary} and {@code --import-diary}: parsed, run without JavaFX, output captured. */
class DiaryOptionsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneId.of("Europe/Berlin"));
    private static final String HEADER =
            "date,cramps,worst_severity,longest_minutes,sleep_disturbance,where,stretched,new_medicine,note\n";
    private static final LocalDate NIGHT = LocalDate.of(2026, 11, 20);

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Locale locale, String... args) {
        ConsoleCommands commands = new ConsoleCommands(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), locale, CLOCK);
        try {
            return commands.run(CommandLine.parse(List.of(args)));
        } catch (CommandLine.UsageException e) {
            return commands.usageError(e);
        }
    }

    private int run(String... args) {
        return run(Locale.ENGLISH, args);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path data() {
        return dir.resolve("data");
    }

    private void saveDiary(Diary diary) throws Exception {
        new DiaryStore(data(), StrictJson.create(), CLOCK).save(diary);
    }

    private Diary savedDiary() {
        return new DiaryStore(data(), StrictJson.create(), CLOCK).load().value();
    }

    private static NightEntry entry(LocalDate night, int cramps) {
        return new NightEntry(night, cramps, 5, 3, 4, Set.of(Place.LEFT_CALF), true, false, false, "note, with comma",
                List.of(ReliefAnswer.YES));
    }

    @Test
    void parsesBothOptionsWithForce() throws Exception {
        assertEquals(new DiaryCsvOptions(DiaryCsvOptions.Direction.EXPORT, Path.of("out.csv"), true),
                CommandLine.parse(List.of("--export-diary", "out.csv", "--force")).diaryCsv().orElseThrow());
        assertEquals(new DiaryCsvOptions(DiaryCsvOptions.Direction.IMPORT, Path.of("in.csv"), false),
                CommandLine.parse(List.of("--import-diary=in.csv")).diaryCsv().orElseThrow());
        assertTrue(CommandLine.parse(List.of("--import-diary", "in.csv")).isConsoleCommand());
    }

    @Test
    void wrongOptionsAreUsageErrors() {
        assertEquals(ConsoleCommands.USAGE, run("--export-diary"));
        assertEquals(ConsoleCommands.USAGE, run("--export-diary", "a.csv", "--import-diary", "b.csv"));
        assertTrue(err().contains("--import-diary"), err());
    }

    @Test
    void exportsTheDiaryFromTheDataFolder() throws Exception {
        saveDiary(Diary.of(List.of(entry(NIGHT, 2), entry(NIGHT.plusDays(1), 0))));
        Path csv = dir.resolve("diary.csv");

        assertEquals(ConsoleCommands.OK, run("--data-dir", data().toString(), "--export-diary", csv.toString()));

        List<String> lines = Files.readAllLines(csv);
        assertEquals(3, lines.size());
        assertEquals(HEADER.strip(), lines.get(0));
        assertEquals("2026-11-20,2,5,3,4,left-calf,yes,no,\"note, with comma\"", lines.get(1));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("2 nights"), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anExistingFileIsKeptUnlessForced() throws Exception {
        Path csv = dir.resolve("diary.csv");
        Files.writeString(csv, "mine");

        assertEquals(ConsoleCommands.USAGE, run("--data-dir", data().toString(), "--export-diary", csv.toString()));
        assertEquals("mine", Files.readString(csv));
        assertEquals(ConsoleCommands.OK,
                run("--data-dir", data().toString(), "--export-diary", csv.toString(), "--force"));
        assertEquals(HEADER, Files.readString(csv).replace("\r\n", "\n"));
    }

    @Test
    void importsIntoTheDataFolder() throws Exception {
        Path csv = dir.resolve("in.csv");
        Files.writeString(csv, HEADER + "2026-11-20,3,7,12,6,thigh;right-foot,no,yes,\n2026-11-21,0,0,0,0,,yes,no,quiet\n");

        assertEquals(ConsoleCommands.OK, run("--data-dir", data().toString(), "--import-diary", csv.toString()));

        Diary diary = savedDiary();
        assertEquals(2, diary.size());
        assertEquals(12, diary.entry(NIGHT).orElseThrow().longestMinutes());
        assertEquals("quiet", diary.entry(NIGHT.plusDays(1)).orElseThrow().note());
    }

    @Test
    void overlappingNightsNeedForce() throws Exception {
        saveDiary(Diary.of(List.of(entry(NIGHT, 2))));
        Path diaryFile = data().resolve(DiaryStore.FILE_NAME);
        byte[] before = Files.readAllBytes(diaryFile);
        Path csv = dir.resolve("in.csv");
        Files.writeString(csv, HEADER + "2026-11-20,5,7,2,6,,no,no,from the file\n2026-11-22,1,1,1,1,,no,no,\n");

        assertEquals(ConsoleCommands.USAGE, run("--data-dir", data().toString(), "--import-diary", csv.toString()));
        assertArrayEquals(before, Files.readAllBytes(diaryFile));
        assertTrue(err().contains("2026-11-20") && err().contains("--force"), err());

        assertEquals(ConsoleCommands.OK,
                run("--data-dir", data().toString(), "--import-diary", csv.toString(), "--force"));
        NightEntry replaced = savedDiary().entry(NIGHT).orElseThrow();
        assertEquals(5, replaced.cramps());
        assertEquals(List.of(ReliefAnswer.YES), replaced.helped());
        assertEquals(2, savedDiary().size());
    }

    @Test
    void aBadRowImportsNothingAndNamesTheLineAndColumnInChinese() throws Exception {
        saveDiary(Diary.of(List.of(entry(NIGHT, 2))));
        Path diaryFile = data().resolve(DiaryStore.FILE_NAME);
        byte[] before = Files.readAllBytes(diaryFile);
        Path csv = dir.resolve("in.csv");
        Files.writeString(csv, HEADER + "2026-11-23,1,1,1,1,,no,no,\n2026-11-24,1,1,1,1,,perhaps,no,\n");

        assertEquals(ConsoleCommands.PROBLEMS, run(Locale.SIMPLIFIED_CHINESE, "--data-dir", data().toString(),
                "--import-diary", csv.toString(), "--force"));

        assertArrayEquals(before, Files.readAllBytes(diaryFile));
        assertTrue(err().contains("第 3 行") && err().contains("stretched") && err().contains(csv.toAbsolutePath().toString()),
                err());
        assertTrue(!err().contains("Exception") && !err().contains("\tat "), err());
    }

    @Test
    void aMissingFileIsAProblem() {
        assertEquals(ConsoleCommands.PROBLEMS,
                run("--data-dir", data().toString(), "--import-diary", dir.resolve("none.csv").toString()));
        assertTrue(err().contains("none.csv"), err());
    }

    @Test
    void theExportedSheetHasMyLastWeeksFromTheDataFolder() throws Exception {
        saveDiary(Diary.of(List.of(entry(NIGHT, 2), entry(NIGHT.plusDays(1), 0))));
        Path pdf = dir.resolve("sheet.pdf");

        assertEquals(ConsoleCommands.OK, run("--data-dir", data().toString(), "--export-sheet", pdf.toString(),
                "--locale", "en-GB"));

        try (var doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains("My last weeks") && text.contains("2 nights logged"), text);
        }
    }

    @Test
    void helpListsTheDiaryOptionsInBothLanguages() {
        run("--help");
        run(Locale.SIMPLIFIED_CHINESE, "--help");
        String help = out.toString(StandardCharsets.UTF_8);
        assertTrue(help.contains("--export-diary OUT.csv") && help.contains("抽筋日记"), help);
    }
}
