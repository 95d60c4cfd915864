package org.nightcramp.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.nightcramp.storage.StrictJson;

/**
 * The bundled guides as Jackson trees, so a test can change one thing and read the result. The
 * guides are always taken from the classpath, never copied into test fixtures.
 */
final class TestGuides {

    static final ObjectMapper MAPPER = StrictJson.create();
    static final String EN = "en";
    static final String ZH = "zh-CN";
    static final String EN_FILE = ContentPaths.guide(EN);
    static final String ZH_FILE = ContentPaths.guide(ZH);

    private TestGuides() {
    }

    /** A fresh, editable copy of a bundled guide. */
    static ObjectNode tree(String locale) {
        try {
            byte[] data = new ClasspathContentSource().read(ContentPaths.guide(locale), StrictJson.MAX_DOCUMENT_BYTES);
            return (ObjectNode) MAPPER.readTree(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The object at a JSON pointer such as {@code /causes/1}, to change in place. */
    static ObjectNode object(JsonNode root, String pointer) {
        JsonNode node = root.at(pointer);
        if (!node.isObject()) {
            throw new IllegalArgumentException("No object at " + pointer);
        }
        return (ObjectNode) node;
    }

    /** The list at a JSON pointer such as {@code /causes/1/questions}, to change in place. */
    static ArrayNode array(JsonNode root, String pointer) {
        JsonNode node = root.at(pointer);
        if (!node.isArray()) {
            throw new IllegalArgumentException("No list at " + pointer);
        }
        return (ArrayNode) node;
    }

    /** The tree as pretty-printed JSON text, one property a line. */
    static String text(JsonNode tree) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static GuideReader.Result read(String text) {
        return new GuideReader(MAPPER).read(EN_FILE, bytes(text));
    }

    static List<ContentProblem> readProblems(String text) {
        return read(text).problems();
    }

    /** Reads a tree that must be valid JSON for the Guide record, for validator tests. */
    static Guide guide(JsonNode tree) {
        GuideReader.Result result = read(text(tree));
        assertEquals(List.of(), result.problems(), () -> ProblemAssert.describeAll(result.problems()));
        return result.guide().orElseThrow();
    }
}
