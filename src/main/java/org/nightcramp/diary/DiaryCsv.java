package org.nightcramp.diary;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.nightcramp.storage.AtomicFiles;

/**
 * The diary as CSV, one row per night, for a spreadsheet or a doctor:
 * {@code date,cramps,worst_severity,longest_minutes,sleep_disturbance,where,stretched,new_medicine,note}.
 * Dates are ISO ({@code 2026-12-04}), {@code where} holds place codes joined by {@code ;}, and the
 * yes-or-no columns say {@code yes} or {@code no}.
 */
public final class DiaryCsv {

    /** The header row, exactly; import insists on it so a column cannot be read as another. */
    public static final List<String> HEADER = List.of("date", "cramps", "worst_severity", "longest_minutes",
            "sleep_disturbance", "where", "stretched", "new_medicine", "note");
    /** Joins several places inside the one {@code where} field. */
    public static final String PLACE_SEPARATOR = ";";
    public static final String YES = "yes";
    public static final String NO = "no";
    /** Largest file imported: ten thousand nights with full notes fit in a few megabytes. */
    public static final long MAX_BYTES = 4_000_000;

    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    private DiaryCsv() {
    }

    /** The whole diary as CSV text, header first. */
    public static String toCsv(Diary diary) {
        StringBuilder out = new StringBuilder(64 + diary.size() * 48);
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord(HEADER);
            for (NightEntry entry : diary.entries()) {
                printer.printRecord(row(entry));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a StringBuilder cannot fail", e);
        }
        return out.toString();
    }

    /** Writes the diary to {@code file} atomically, as UTF-8 with CRLF line ends (RFC 4180). */
    public static void export(Diary diary, Path file) throws IOException {
        new AtomicFiles().writeWithoutBackup(file, toCsv(diary).getBytes(UTF_8));
    }

    /** Reads and checks a whole file; nothing is returned unless every row is right. */
    public static CsvImport read(Path file) throws CsvRejected, IOException {
        return new DiaryCsvReader(file).read();
    }

    private static List<String> row(NightEntry e) {
        String where = e.where().stream().map(Place::code).collect(Collectors.joining(PLACE_SEPARATOR));
        return List.of(e.night().toString(), Integer.toString(e.cramps()), Integer.toString(e.worstSeverity()),
                Integer.toString(e.longestMinutes()), Integer.toString(e.sleepDisturbance()), where,
                yesNo(e.stretched()), yesNo(e.newMedicine()), e.note());
    }

    private static String yesNo(boolean value) {
        return value ? YES : NO;
    }
}
