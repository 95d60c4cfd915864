package org.nightcramp.diary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.nightcramp.diary.CsvRejected.Problem;

/** Reads a diary CSV file and checks all of it before anything is used. */
final class DiaryCsvReader {

    private static final System.Logger LOG = System.getLogger(DiaryCsvReader.class.getName());
    /** Blank lines (an editor's last newline) are skipped; anything else must be a whole row. */
    private static final CSVFormat READ = DiaryCsv.FORMAT.builder().setIgnoreEmptyLines(true).get();

    private final Path file;

    DiaryCsvReader(Path file) {
        this.file = file;
    }

    CsvImport read() throws CsvRejected, IOException {
        String text = decode(readBounded());
        List<NightEntry> entries = new ArrayList<>();
        Map<LocalDate, Long> seen = new HashMap<>();
        try (CSVParser parser = CSVParser.parse(text, READ)) {
            Iterator<CSVRecord> records = parser.iterator();
            checkHeader(next(parser, records));
            LineIndex lines = new LineIndex(text);
            while (true) {
                CSVRecord record = next(parser, records);
                if (record == null) {
                    break;
                }
                long line = lines.lineAt(record.getCharacterPosition());
                if (entries.size() == Diary.MAX_ENTRIES) {
                    throw reject(Problem.TOO_MANY_ROWS, line, "", "", Diary.MAX_ENTRIES);
                }
                NightEntry entry = new CsvRow(this, record, line).entry();
                Long earlier = seen.putIfAbsent(entry.night(), line);
                if (earlier != null) {
                    throw reject(Problem.DUPLICATE_NIGHT, line, DiaryCsv.HEADER.get(0), entry.night().toString(),
                            earlier.intValue());
                }
                entries.add(entry);
            }
        }
        return new CsvImport(file, entries);
    }

    CsvRejected reject(Problem problem, long line, String column, String value, int limit) {
        return new CsvRejected(file, problem, line, column, value, limit);
    }

    private byte[] readBounded() throws IOException, CsvRejected {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) DiaryCsv.MAX_BYTES + 1);
            if (bytes.length > DiaryCsv.MAX_BYTES) {
                throw reject(Problem.TOO_LARGE, 0, "", "", (int) (DiaryCsv.MAX_BYTES / 1_000_000));
            }
            return bytes;
        }
    }

    private String decode(byte[] bytes) throws CsvRejected {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            // A spreadsheet may start the file with a byte order mark.
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw reject(Problem.NOT_TEXT, 0, "", "", 0);
        }
    }

    /** The next record, or null at the end; a broken quote is reported at the line it broke on. */
    private CSVRecord next(CSVParser parser, Iterator<CSVRecord> records) throws CsvRejected {
        long line = parser.getCurrentLineNumber() + 1;
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException | IllegalStateException e) {
            LOG.log(System.Logger.Level.DEBUG, "Malformed CSV in " + file, e);
            throw reject(Problem.MALFORMED, Math.max(line, parser.getCurrentLineNumber()), "", "", 0);
        }
    }

    private void checkHeader(CSVRecord header) throws CsvRejected {
        if (header == null) {
            throw reject(Problem.EMPTY, 0, "", "", 0);
        }
        for (int i = 0; i < DiaryCsv.HEADER.size(); i++) {
            String found = i < header.size() ? header.get(i).strip().toLowerCase(Locale.ROOT) : "";
            if (!found.equals(DiaryCsv.HEADER.get(i))) {
                throw reject(Problem.BAD_HEADER, 1, DiaryCsv.HEADER.get(i), found, 0);
            }
        }
        if (header.size() != DiaryCsv.HEADER.size()) {
            throw reject(Problem.COLUMN_COUNT, 1, "", Integer.toString(header.size()), DiaryCsv.HEADER.size());
        }
    }

    /** Line numbers from character positions, for rows that span lines or follow blank lines. */
    private static final class LineIndex {
        private final String text;
        private final int[] breaks;

        LineIndex(String text) {
            this.text = text;
            this.breaks = IntStream.range(0, text.length()).filter(i -> text.charAt(i) == '\n').toArray();
        }

        /** The line of the first character at or after {@code position} that is not a line break. */
        long lineAt(long position) {
            int at = (int) Math.min(position, text.length());
            while (at < text.length() && (text.charAt(at) == '\r' || text.charAt(at) == '\n')) {
                at++;
            }
            int index = Arrays.binarySearch(breaks, at);
            return 1L + (index >= 0 ? index : -index - 1);
        }
    }
}
