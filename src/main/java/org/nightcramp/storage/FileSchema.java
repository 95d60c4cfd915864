package org.nightcramp.storage;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * A data file's layout number (its top-level {@code schema}, as in the defaults) and how a file
 * with another number is read: an older one is brought up to date step by step, a newer one is
 * read for the fields this version knows, the rest kept for the next save. A record without a
 * {@code schema} is read strictly as it is.
 */
final class FileSchema<T> {

    /** A value read, and what a newer file held beyond it. */
    record Read<T>(T value, Optional<KeptFields> kept) {
    }

    /** Skips fields this version does not know; used only for files from a newer version. */
    private static final DeserializationProblemHandler SKIP_UNKNOWN = new DeserializationProblemHandler() {
        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                                             Object beanOrClass, String propertyName) throws IOException {
            p.skipChildren();
            return true;
        }
    };

    private final ObjectMapper mapper;
    private final Class<T> type;
    private final Supplier<T> defaults;
    private final Map<Integer, UnaryOperator<ObjectNode>> steps = new TreeMap<>();
    private Integer current;

    FileSchema(ObjectMapper mapper, Class<T> type, Supplier<T> defaults) {
        this.mapper = mapper;
        this.type = type;
        this.defaults = defaults;
    }

    /** Registers the step that turns a file of schema {@code from} into one of {@code from + 1}. */
    void step(int from, UnaryOperator<ObjectNode> toNext) {
        steps.put(from, Objects.requireNonNull(toNext, "toNext"));
    }

    /** The schema this version writes, or -1 when the record has none. */
    synchronized int current() {
        if (current == null) {
            current = schemaOf(type, defaults.get());
        }
        return current;
    }

    /**
     * The {@code schema} of a value: its record component of that name. Read directly rather than
     * by writing the value as JSON, which made Jackson build a writer for every stored type at
     * every start, for this one number, before the window could open (about 8% of the preload
     * thread, JFR); FileSchemaTest checks that both ways agree for every stored type.
     */
    static <T> int schemaOf(Class<T> type, T value) {
        if (!type.isRecord()) {
            return -1;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getName().equals(KeptFields.SCHEMA) && component.getType() == int.class) {
                try {
                    var accessor = component.getAccessor();
                    // A record nested privately in its owner still has its schema read.
                    accessor.trySetAccessible();
                    return (int) accessor.invoke(value);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("Cannot read the schema of " + type.getName(), e);
                }
            }
        }
        return -1;
    }

    /**
     * Reads {@code bytes}; {@code repair} then fills what a file of the current schema may lack.
     *
     * @throws IOException with the parser's place and message when the content cannot be used
     */
    Read<T> read(byte[] bytes, UnaryOperator<JsonNode> repair) throws IOException {
        JsonNode tree = mapper.readTree(bytes);
        int found = schemaOf(tree);
        int now = current();
        if (now >= 0 && found > now) {
            return readNewer((ObjectNode) tree, found, repair);
        }
        JsonNode upgraded = repair.apply(migrate(tree.deepCopy(), found, now));
        // Read the bytes themselves when nothing changed, so errors keep their line and column.
        T value = upgraded.equals(tree) ? mapper.readValue(bytes, type) : mapper.treeToValue(upgraded, type);
        return new Read<>(nonNull(value), Optional.empty());
    }

    private JsonNode migrate(JsonNode tree, int found, int now) throws IOException {
        if (found < 0 || found >= now) {
            return tree;
        }
        ObjectNode object = (ObjectNode) tree;
        for (int v = found; v < now; v++) {
            UnaryOperator<ObjectNode> step = steps.get(v);
            if (step == null) {
                throw new IOException("schema " + v + " is older than this version reads (" + now + ")");
            }
            object = step.apply(object);
            object.put(KeptFields.SCHEMA, v + 1);
        }
        return object;
    }

    /** A newer file: the defaults for fields it lacks, its own for those this version knows. */
    private Read<T> readNewer(ObjectNode tree, int found, UnaryOperator<JsonNode> repair) throws IOException {
        ObjectNode filled = mapper.valueToTree(defaults.get());
        filled.setAll(tree.deepCopy());
        T value = nonNull(mapper.readerFor(type).withHandler(SKIP_UNKNOWN).readValue(repair.apply(filled)));
        return new Read<>(value, Optional.of(KeptFields.between(found, tree, mapper.valueToTree(value))));
    }

    private T nonNull(T value) throws IOException {
        if (value == null) {
            throw new IOException("holds null instead of " + type.getSimpleName());
        }
        return value;
    }

    private static int schemaOf(JsonNode tree) {
        JsonNode schema = tree instanceof ObjectNode ? tree.get(KeptFields.SCHEMA) : null;
        return schema != null && schema.isInt() ? schema.intValue() : -1;
    }
}
