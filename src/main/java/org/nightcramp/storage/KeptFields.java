package org.nightcramp.storage;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * What a file from a newer version holds that this version does not know: its schema number and
 * the fields it does not read. They are put back on every save, so that going back to the newer
 * version loses nothing.
 */
final class KeptFields {

    static final String SCHEMA = "schema";

    /** One unknown field, under the object it sits in. */
    private record Field(JsonPointer parent, String name, JsonNode value) {
    }

    private final int schema;
    private final List<Field> fields;

    private KeptFields(int schema, List<Field> fields) {
        this.schema = schema;
        this.fields = List.copyOf(fields);
    }

    /**
     * The fields of {@code file} that {@code known} (what this version read, written back out)
     * lacks. Objects are compared key by key; inside arrays nothing is kept, as an element's place
     * may change before the next save.
     */
    static KeptFields between(int schema, JsonNode file, JsonNode known) {
        List<Field> found = new ArrayList<>();
        collect(JsonPointer.empty(), file, known, found);
        return new KeptFields(schema, found);
    }

    private static void collect(JsonPointer at, JsonNode file, JsonNode known, List<Field> found) {
        if (!(file instanceof ObjectNode fileObject) || !(known instanceof ObjectNode knownObject)) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = fileObject.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode mine = knownObject.get(e.getKey());
            if (mine == null) {
                found.add(new Field(at, e.getKey(), e.getValue().deepCopy()));
            } else {
                collect(at.appendProperty(e.getKey()), e.getValue(), mine, found);
            }
        }
    }

    /** The newer version's schema number. */
    int schema() {
        return schema;
    }

    int size() {
        return fields.size();
    }

    /** Puts the kept fields back into {@code tree} where their object still exists, and the newer schema. */
    JsonNode applyTo(JsonNode tree) {
        for (Field f : fields) {
            if (tree.at(f.parent()) instanceof ObjectNode parent && !parent.has(f.name())) {
                parent.set(f.name(), f.value().deepCopy());
            }
        }
        // Otherwise this version's number would make the newer one migrate its own layout again.
        if (tree instanceof ObjectNode root && root.path(SCHEMA).asInt(0) < schema) {
            root.put(SCHEMA, schema);
        }
        return tree;
    }
}
