package org.nightcramp.diary;

import java.nio.file.Path;
import java.util.Objects;
import org.nightcramp.l10n.Texts;

/**
 * A CSV file the diary will not import, and the first place in it that is wrong. Nothing of the
 * file has been imported when this is thrown.
 */
public final class CsvRejected extends Exception {

    /** What is wrong; each names its message in the UI bundles. */
    public enum Problem {
        TOO_LARGE("diary.csv.tooLarge"),
        NOT_TEXT("diary.csv.notText"),
        MALFORMED("diary.csv.malformed"),
        EMPTY("diary.csv.empty"),
        BAD_HEADER("diary.csv.badHeader"),
        COLUMN_COUNT("diary.csv.columnCount"),
        TOO_MANY_ROWS("diary.csv.tooManyRows"),
        BAD_DATE("diary.csv.badDate"),
        DUPLICATE_NIGHT("diary.csv.duplicateNight"),
        NOT_A_NUMBER("diary.csv.notANumber"),
        OUT_OF_RANGE("diary.csv.outOfRange"),
        BAD_PLACE("diary.csv.badPlace"),
        BAD_YES_NO("diary.csv.badYesNo"),
        NOTE_TOO_LONG("diary.csv.noteTooLong");

        private final String messageKey;

        Problem(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final transient Path file;
    private final Problem problem;
    private final long line;
    private final String column;
    private final String value;
    private final int limit;

    /**
     * @param line   the line in the file, from 1; 0 when the problem is the whole file
     * @param column the column's header name; "" when the problem is the whole row or file
     * @param value  the offending value, shortened for the message
     * @param limit  the bound that was crossed, for the messages that name one
     */
    CsvRejected(Path file, Problem problem, long line, String column, String value, int limit) {
        super(file + " line " + line + " column " + column + ": " + problem + " (" + value + ")", null, false, false);
        this.file = Objects.requireNonNull(file, "file");
        this.problem = Objects.requireNonNull(problem, "problem");
        this.line = line;
        this.column = Objects.requireNonNull(column, "column");
        this.value = shortened(Objects.requireNonNull(value, "value"));
        this.limit = limit;
    }

    public Path file() {
        return file;
    }

    public Problem problem() {
        return problem;
    }

    public long line() {
        return line;
    }

    public String column() {
        return column;
    }

    public String value() {
        return value;
    }

    public String messageKey() {
        return problem.messageKey();
    }

    /** {0} the file, {1} the line, {2} the column, {3} the value, {4} the limit. */
    public Object[] messageArgs() {
        return new Object[] {file.toString(), line, column, value, limit};
    }

    /** The whole sentence for the person: the file, the place in it, what is wrong and what to do. */
    public String message(Texts texts) {
        return texts.text(messageKey(), messageArgs());
    }

    private static String shortened(String value) {
        String oneLine = value.replaceAll("\\p{Cntrl}", " ");
        return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 39) + "\u2026";
    }
}
