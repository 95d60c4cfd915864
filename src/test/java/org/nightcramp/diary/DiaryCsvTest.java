package org.nightcramp.diary;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nightcramp.diary.Nights.START;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nightcramp.diary.CsvRejected.Problem;
import org.nightcramp.l10n.Texts;

class DiaryCsvTest {

    private static final String HEADER =
            "date,cramps,worst_severity,longest_minutes,sleep_disturbance,where,stretched,new_medicine,note\r\n";

    @TempDir
    Path dir;

    private static NightEntry entry(int day, String note, Place... where) {
        return new NightEntry(START.plusDays(day), day % 11, day % 11, day * 3 % 60, day % 7, Set.of(where), day % 2 == 0,
                day % 3 == 0, false, note, List.of());
    }

    @Test
    void exportWritesTheHeaderIsoDatesPlacesAndYesNo() {
        String csv = DiaryCsv.toCsv(Diary.of(List.of(entry(1, "cold feet, again", Place.BOTH, Place.LEFT_CALF))));
        assertEquals(HEADER + "2026-03-02,1,1,3,1,left-calf;both,no,no,\"cold feet, again\"\r\n", csv);
    }

    @Test
    void roundTripKeepsEveryColumn() throws Exception {
        Diary diary = Diary.of(List.of(entry(0, ""), entry(1, "line one\nline \"two\"", Place.values()),
                entry(2, "中文备注，有逗号", Place.THIGH), entry(10, "=1+1 stays text", Place.RIGHT_FOOT)));
        Path file = dir.resolve("diary.csv");
        DiaryCsv.export(diary, file);

        CsvImport read = DiaryCsv.read(file);

        assertEquals(diary.entries(), read.entries());
        assertEquals(diary, read.mergeInto(Diary.empty()));
    }

    @Test
    void aSpreadsheetsByteOrderMarkBlankLinesAndCapitalsAreAccepted() throws Exception {
        Path file = write("\uFEFF" + HEADER.toUpperCase(Locale.ROOT) + "\r\n2026-03-01,10+,5,2,3, Left-Calf ; thigh ,YES,No,\r\n\r\n");
        NightEntry entry = DiaryCsv.read(file).entries().get(0);
        assertEquals(10, entry.cramps());
        assertEquals(Set.of(Place.LEFT_CALF, Place.THIGH), entry.where());
        assertTrue(entry.stretched());
    }

    @Test
    void overlapsAreReportedAndReplacingKeepsTheBoxAndAnswers() throws Exception {
        NightEntry kept = new NightEntry(START, 1, 2, 3, 4, Set.of(), false, false, true, "", List.of(ReliefAnswer.YES));
        Diary current = Diary.of(List.of(kept, entry(5, "stays")));
        Path file = write(HEADER + "2026-03-01,3,6,2,5,thigh,yes,no,from the file\r\n2026-03-03,0,0,0,0,,no,no,\r\n");

        CsvImport read = DiaryCsv.read(file);

        assertEquals(List.of(START), read.overlaps(current));
        Diary merged = read.mergeInto(current);
        assertEquals(3, merged.size());
        NightEntry replaced = merged.entry(START).orElseThrow();
        assertEquals(3, replaced.cramps());
        assertEquals("from the file", replaced.note());
        assertTrue(replaced.oneLegSwollen());
        assertEquals(List.of(ReliefAnswer.YES), replaced.helped());
        assertEquals("stays", merged.entry(START.plusDays(5)).orElseThrow().note());
    }

    @Test
    void eachKindOfBadValueIsRejectedWithItsLineAndColumn() {
        String ok = "2026-03-01,1,2,3,4,left-calf,yes,no,fine\r\n";
        rejected(HEADER + ok + "2026-02-30,1,2,3,4,,yes,no,\r\n", Problem.BAD_DATE, 3, "date");
        rejected(HEADER + ok + "01/03/2026,1,2,3,4,,yes,no,\r\n", Problem.BAD_DATE, 3, "date");
        rejected(HEADER + ok + ok, Problem.DUPLICATE_NIGHT, 3, "date");
        rejected(HEADER + "2026-03-01,two,2,3,4,,yes,no,\r\n", Problem.NOT_A_NUMBER, 2, "cramps");
        rejected(HEADER + "2026-03-01,11,2,3,4,,yes,no,\r\n", Problem.OUT_OF_RANGE, 2, "cramps");
        rejected(HEADER + "2026-03-01,1,-2,3,4,,yes,no,\r\n", Problem.NOT_A_NUMBER, 2, "worst_severity");
        rejected(HEADER + "2026-03-01,1,2,3.5,4,,yes,no,\r\n", Problem.NOT_A_NUMBER, 2, "longest_minutes");
        rejected(HEADER + "2026-03-01,1,2,999,4,,yes,no,\r\n", Problem.OUT_OF_RANGE, 2, "longest_minutes");
        rejected(HEADER + "2026-03-01,1,2,3,,,yes,no,\r\n", Problem.NOT_A_NUMBER, 2, "sleep_disturbance");
        rejected(HEADER + "2026-03-01,1,2,3,4,left-calf;knee,yes,no,\r\n", Problem.BAD_PLACE, 2, "where");
        rejected(HEADER + "2026-03-01,1,2,3,4,left-calf,true,no,\r\n", Problem.BAD_YES_NO, 2, "stretched");
        rejected(HEADER + "2026-03-01,1,2,3,4,left-calf,yes,,\r\n", Problem.BAD_YES_NO, 2, "new_medicine");
        rejected(HEADER + "2026-03-01,1,2,3,4,,yes,no," + "x".repeat(NightEntry.MAX_NOTE + 1) + "\r\n",
                Problem.NOTE_TOO_LONG, 2, "note");
        rejected(HEADER + "2026-03-01,1,2,3,4,,yes,no\r\n", Problem.COLUMN_COUNT, 2, "");
        rejected(HEADER + "2026-03-01,1,2,3,4,,yes,no,a,b\r\n", Problem.COLUMN_COUNT, 2, "");
        rejected(HEADER + ok + "2026-03-02,1,2,3,4,,yes,no,\"unclosed\r\n", Problem.MALFORMED, 3, "");
        rejected("", Problem.EMPTY, 0, "");
        rejected("date,cramps,severity\r\n", Problem.BAD_HEADER, 1, "worst_severity");
        rejected(HEADER.replace("\r\n", ",extra\r\n"), Problem.COLUMN_COUNT, 1, "");
    }

    @Test
    void theLineIsWhereTheRowStartsAfterMultiLineNotesAndBlankLines() {
        rejected(HEADER + "2026-03-01,1,2,3,4,,yes,no,\"two\nlines\"\r\n\r\n\r\n2026-03-02,1,2,3,4,,maybe,no,\r\n",
                Problem.BAD_YES_NO, 6, "stretched");
    }

    @Test
    void notUtf8AndTooLargeFilesAreRejectedWhole() throws Exception {
        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, (HEADER + "2026-03-01,1,2,3,4,,yes,no,caf\u00e9\r\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertEquals(Problem.NOT_TEXT, assertThrows(CsvRejected.class, () -> DiaryCsv.read(latin1)).problem());

        Path big = dir.resolve("big.csv");
        Files.write(big, new byte[(int) DiaryCsv.MAX_BYTES + 1]);
        assertEquals(Problem.TOO_LARGE, assertThrows(CsvRejected.class, () -> DiaryCsv.read(big)).problem());
    }

    @Test
    void theMessageNamesTheFileLineAndColumnInBothLanguages() {
        Path file = write(HEADER + "2026-03-01,1,2,3,4,knee,yes,no,\r\n");
        CsvRejected e = assertThrows(CsvRejected.class, () -> DiaryCsv.read(file));
        String en = e.message(Texts.ui(Locale.ENGLISH));
        String zh = e.message(Texts.ui(Locale.SIMPLIFIED_CHINESE));
        for (String message : List.of(en, zh)) {
            assertTrue(message.contains(file.toString()) && message.contains("2") && message.contains("where")
                    && message.contains("knee"), message);
        }
        assertTrue(en.contains("line 2, column where"), en);
        assertTrue(zh.contains("第 2 行"), zh);
    }

    private void rejected(String csv, Problem problem, long line, String column) {
        Path file = write(csv);
        CsvRejected e = assertThrows(CsvRejected.class, () -> DiaryCsv.read(file), csv);
        assertEquals(problem, e.problem(), csv);
        assertEquals(line, e.line(), csv);
        assertEquals(column, e.column(), csv);
    }

    private Path write(String csv) {
        try {
            Path file = Files.createTempFile(dir, "import", ".csv");
            Files.write(file, csv.getBytes(UTF_8));
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
