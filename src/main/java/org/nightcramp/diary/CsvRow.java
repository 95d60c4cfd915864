package org.nightcramp.diary;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.nightcramp.diary.CsvRejected.Problem;

/** One CSV row checked column by column; the first bad value is rejected with its line and column. */
final class CsvRow {

    /** The cramp count may be written as the form shows its top, "10+". */
    private static final String TEN_PLUS = NightEntry.MAX_CRAMPS + "+";

    private final DiaryCsvReader reader;
    private final CSVRecord record;
    private final long line;

    CsvRow(DiaryCsvReader reader, CSVRecord record, long line) {
        this.reader = reader;
        this.record = record;
        this.line = line;
    }

    NightEntry entry() throws CsvRejected {
        if (record.size() != DiaryCsv.HEADER.size()) {
            throw reader.reject(Problem.COLUMN_COUNT, line, "", Integer.toString(record.size()),
                    DiaryCsv.HEADER.size());
        }
        LocalDate night = date();
        int cramps = TEN_PLUS.equals(cell(1)) ? NightEntry.MAX_CRAMPS : number(1, NightEntry.MAX_CRAMPS);
        int severity = number(2, NightEntry.MAX_SCALE);
        int longest = number(3, NightEntry.MAX_MINUTES);
        int disturbance = number(4, NightEntry.MAX_SCALE);
        Set<Place> where = places();
        boolean stretched = yesNo(6);
        boolean newMedicine = yesNo(7);
        String note = record.get(8);
        if (note.length() > NightEntry.MAX_NOTE) {
            throw reject(Problem.NOTE_TOO_LONG, 8, note, NightEntry.MAX_NOTE);
        }
        return new NightEntry(night, cramps, severity, longest, disturbance, where, stretched, newMedicine, false,
                note, List.of());
    }

    private LocalDate date() throws CsvRejected {
        try {
            return LocalDate.parse(cell(0));
        } catch (DateTimeParseException e) {
            throw reject(Problem.BAD_DATE, 0, cell(0), 0);
        }
    }

    private int number(int column, int max) throws CsvRejected {
        String text = cell(column);
        if (!text.matches("[0-9]{1,9}")) {
            throw reject(Problem.NOT_A_NUMBER, column, text, max);
        }
        int value = Integer.parseInt(text);
        if (value > max) {
            throw reject(Problem.OUT_OF_RANGE, column, text, max);
        }
        return value;
    }

    private Set<Place> places() throws CsvRejected {
        String text = cell(5);
        Set<Place> places = EnumSet.noneOf(Place.class);
        if (text.isEmpty()) {
            return places;
        }
        for (String code : text.split(DiaryCsv.PLACE_SEPARATOR, -1)) {
            String trimmed = code.strip().toLowerCase(Locale.ROOT);
            places.add(Place.ofCode(trimmed).orElseThrow(() -> reject(Problem.BAD_PLACE, 5, code.strip(), 0)));
        }
        return places;
    }

    private boolean yesNo(int column) throws CsvRejected {
        String text = cell(column).toLowerCase(Locale.ROOT);
        if (text.equals(DiaryCsv.YES)) {
            return true;
        }
        if (text.equals(DiaryCsv.NO)) {
            return false;
        }
        throw reject(Problem.BAD_YES_NO, column, cell(column), 0);
    }

    private String cell(int column) {
        return record.get(column).strip();
    }

    private CsvRejected reject(Problem problem, int column, String value, int limit) {
        return reader.reject(problem, line, DiaryCsv.HEADER.get(column), value, limit);
    }
}
