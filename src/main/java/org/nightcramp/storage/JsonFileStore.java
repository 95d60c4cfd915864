package org.nightcramp.storage;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.nightcramp.storage.StoreNotice.Kind;

/**
 * One JSON file holding one record. A damaged file is never overwritten: it is moved aside as
 * {@code <name>.corrupt-<time>} and the previous save or the defaults are used instead. Only a
 * regular file of at most {@link #limitedTo a limit} is read; anything else is set aside the same
 * way. A record with a {@code schema} number is {@link FileSchema versioned}: older files are
 * migrated, newer ones read for what this version knows and their other fields kept on save.
 */
public final class JsonFileStore<T> {

    private static final System.Logger LOG = System.getLogger(JsonFileStore.class.getName());

    private final Path file;
    private final ObjectMapper mapper;
    private final Supplier<T> defaults;
    private final Clock clock;
    private final AtomicFiles atomicFiles;
    private final FileSchema<T> schema;
    private UnaryOperator<JsonNode> upgrade = UnaryOperator.identity();
    private long maxBytes = StrictJson.MAX_DOCUMENT_BYTES;
    /** What the file last read held beyond this version's fields, put back on every save. */
    private Optional<KeptFields> kept = Optional.empty();

    public JsonFileStore(Path file, Class<T> type, ObjectMapper mapper, Supplier<T> defaults,
                         Clock clock) {
        this(file, type, mapper, defaults, clock, new AtomicFiles());
    }

    JsonFileStore(Path file, Class<T> type, ObjectMapper mapper, Supplier<T> defaults, Clock clock,
                  AtomicFiles atomicFiles) {
        this.file = file.toAbsolutePath();
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.defaults = Objects.requireNonNull(defaults, "defaults");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.atomicFiles = Objects.requireNonNull(atomicFiles, "atomicFiles");
        this.schema = new FileSchema<>(mapper, Objects.requireNonNull(type, "type"), defaults);
    }

    /**
     * Brings a file written before a field was added up to date before it is read, such as adding
     * the field with its default; a file that needs nothing is read exactly as it is.
     */
    public JsonFileStore<T> upgradingWith(UnaryOperator<JsonNode> step) {
        this.upgrade = Objects.requireNonNull(step, "step");
        return this;
    }

    /**
     * Registers how a file of schema {@code from} becomes one of {@code from + 1}; a file older than
     * the first registered step is treated as damaged.
     */
    public JsonFileStore<T> migratingFrom(int from, UnaryOperator<ObjectNode> toNext) {
        schema.step(from, toNext);
        return this;
    }

    /**
     * Refuses files larger than {@code bytes}, a few times the largest this kind of file grows to.
     * Above the strict mapper's own document limit, give the store a mapper that allows it too.
     */
    public JsonFileStore<T> limitedTo(long bytes) {
        if (bytes <= 0) {
            throw new IllegalArgumentException("limit " + bytes);
        }
        this.maxBytes = bytes;
        return this;
    }

    /** The schema number this version writes, or -1 when the record has none. */
    public int schema() {
        return schema.current();
    }

    /** The file this store reads and writes. */
    public Path file() {
        return file;
    }

    /** Reads the file; a missing file gives the defaults, a damaged one a notice as well. */
    public synchronized Loaded<T> load() {
        kept = Optional.empty();
        byte[] bytes;
        try {
            bytes = BoundedRead.bytes(file, maxBytes);
        } catch (NoSuchFileException e) {
            return Loaded.clean(defaults.get());
        } catch (IOException e) {
            // A pipe, a device, a huge file or one the app may not read: out of the way, like a damaged one.
            return recover(e instanceof RefusedFile ? e.getMessage() : file + ": " + e);
        }
        try {
            return Loaded.clean(use(parse(file, bytes)));
        } catch (BadContent e) {
            return recover(e.getMessage());
        }
    }

    /**
     * Reads the file by the same rules as {@link #load}, but moves nothing and keeps nothing: for a
     * file the person names, such as {@code --answers}.
     *
     * @throws java.nio.file.NoSuchFileException when it is missing
     * @throws RefusedFile when it is not a regular file or too large
     * @throws IOException with the place and the parser's message when its content cannot be used
     */
    public T read() throws IOException {
        try {
            return parse(file, BoundedRead.bytes(file, maxBytes)).value();
        } catch (BadContent e) {
            throw new IOException(e.place(), e);
        }
    }

    /** Writes {@code value}, keeping the previous save as {@code <name>.bak}. */
    public synchronized void save(T value) throws IOException {
        String text = kept.isPresent()
                ? mapper.writeValueAsString(kept.get().applyTo(mapper.valueToTree(value)))
                : mapper.writeValueAsString(value);
        // A final newline keeps the file friendly to people who open it in an editor.
        atomicFiles.write(file, (text + "\n").getBytes(UTF_8));
    }

    private T use(FileSchema.Read<T> read) {
        kept = read.kept();
        kept.ifPresent(k -> LOG.log(Level.INFO, "{0} is from a newer version (schema {1}); keeping {2} field(s) "
                + "this version does not know", file, k.schema(), k.size()));
        return read.value();
    }

    private Loaded<T> recover(String detail) {
        LOG.log(Level.WARNING, "Cannot use {0}", detail);
        Path keptAs;
        try {
            keptAs = SetAside.move(file, clock);
        } catch (IOException e) {
            // Leave the file where it is: a later save still keeps it, as the backup.
            return unreadable(detail + "; could not move it aside: " + e);
        }
        LOG.log(Level.WARNING, "Kept the damaged {0} as {1}", file, keptAs);
        Path backup = AtomicFiles.backupOf(file);
        Optional<FileSchema.Read<T>> restored = restore(backup);
        if (restored.isPresent()) {
            return new Loaded<>(use(restored.get()), notice(Kind.RESTORED_FROM_BACKUP, keptAs, detail));
        }
        return new Loaded<>(defaults.get(), notice(Kind.RESET_TO_DEFAULTS, keptAs, detail));
    }

    /** The backup's value, written back as the main file; a damaged backup is set aside too. */
    private Optional<FileSchema.Read<T>> restore(Path backup) {
        byte[] bytes;
        try {
            bytes = BoundedRead.bytes(backup, maxBytes);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot read the backup {0}: {1}", backup, e);
            return Optional.empty();
        }
        FileSchema.Read<T> value;
        try {
            value = parse(backup, bytes);
        } catch (BadContent e) {
            LOG.log(Level.WARNING, "Cannot use the backup either: {0}", e.getMessage());
            try {
                // Otherwise the next save but one would replace it and lose what it holds.
                LOG.log(Level.WARNING, "Kept the damaged backup as {0}", SetAside.move(backup, clock));
            } catch (IOException moveFailed) {
                LOG.log(Level.WARNING, "Could not move {0} aside: {1}", backup, moveFailed);
            }
            return Optional.empty();
        }
        try {
            atomicFiles.write(file, bytes);
            LOG.log(Level.INFO, "Restored {0} from {1}", file, backup);
        } catch (IOException e) {
            // The backup stays on disk and the next save writes the main file, so nothing is lost.
            LOG.log(Level.WARNING, "Could not write the backup back to {0}: {1}", file, e);
        }
        return Optional.of(value);
    }

    private FileSchema.Read<T> parse(Path source, byte[] bytes) throws BadContent {
        try {
            return schema.read(bytes, upgrade);
        } catch (JsonProcessingException e) {
            throw new BadContent(source, where(e) + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new BadContent(source, ": " + e.getMessage());
        }
    }

    /** Line, column and, for mapping errors, the JSON path such as {@code $.window.width}. */
    private static String where(JsonProcessingException e) {
        StringBuilder sb = new StringBuilder();
        JsonLocation location = e.getLocation();
        if (location != null && location.getLineNr() > 0) {
            sb.append(" line ").append(location.getLineNr())
                    .append(", column ").append(location.getColumnNr());
        }
        // Records are read through their constructor, so Jackson reports some errors at the end
        // of the object; the path still names the property.
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            sb.append(" at $");
            for (JsonMappingException.Reference ref : mapping.getPath()) {
                sb.append(ref.getFieldName() != null ? "." + ref.getFieldName()
                        : "[" + ref.getIndex() + "]");
            }
        }
        return sb.toString();
    }

    private Loaded<T> unreadable(String detail) {
        LOG.log(Level.ERROR, "Cannot read {0}", detail);
        return new Loaded<>(defaults.get(), notice(Kind.UNREADABLE, null, detail));
    }

    private Optional<StoreNotice> notice(Kind kind, Path keptAs, String detail) {
        return Optional.of(new StoreNotice(kind, file, Optional.ofNullable(keptAs), detail));
    }

    /** The file's content cannot be turned into a value; the message is the log detail. */
    private static final class BadContent extends Exception {
        private final String place;

        BadContent(Path source, String place) {
            super(source + place, null, false, false);
            this.place = place;
        }

        /** Where in the file and what, without the file's name: " line 3, column 5: ..." */
        String place() {
            return place.startsWith(": ") ? place.substring(2) : place.strip();
        }
    }
}
