package org.nightcramp.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nightcramp.storage.AtomicFilesTest.names;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nightcramp.storage.StoreNotice.Kind;

/** A file from a newer version is read for what this one knows and its other fields survive a save. */
class VersionedStoreTest {

    public record Inner(int width) {
    }

    /** Schema 3 of a stand-in record. */
    public record Sample(int schema, String name, Inner inner, Map<String, Inner> byId) {
        static Sample defaults() {
            return new Sample(3, "default", new Inner(1), Map.of());
        }

        Sample withName(String newName) {
            return new Sample(schema, newName, inner, byId);
        }

        Sample withSchema(int newSchema) {
            return new Sample(newSchema, name, inner, byId);
        }
    }

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-14T02:30:05Z"), ZoneOffset.UTC);
    private final ObjectMapper mapper = StrictJson.create();

    @TempDir
    Path dir;
    private Path file;
    private JsonFileStore<Sample> store;

    @BeforeEach
    void setUp() {
        file = dir.resolve("sample.json");
        store = new JsonFileStore<>(file, Sample.class, mapper, Sample::defaults, CLOCK)
                .migratingFrom(1, node -> node.put("name", node.remove("title").asText()))
                .migratingFrom(2, node -> node.set("byId", mapper.createObjectNode()));
    }

    @Test
    void theSchemaComesFromTheDefaults() {
        assertEquals(3, store.schema());
    }

    @Test
    void newerFileIsReadForWhatThisVersionKnowsAndKeepsTheRestOnSave() throws IOException {
        Files.writeString(file, """
                {"schema":5,"name":"calf","inner":{"width":7,"unit":"cm"},"colour":"red",
                 "byId":{"a":{"width":2,"since":"2027"}},"list":[{"x":1}]}""");

        Loaded<Sample> loaded = store.load();

        assertEquals(Optional.empty(), loaded.notice(), "not treated as damaged");
        assertEquals(new Sample(5, "calf", new Inner(7), Map.of("a", new Inner(2))), loaded.value());
        store.save(loaded.value().withName("thigh"));
        JsonNode saved = mapper.readTree(Files.readString(file));
        assertEquals(5, saved.get("schema").intValue());
        assertEquals("thigh", saved.get("name").textValue());
        assertEquals("red", saved.get("colour").textValue());
        assertEquals("cm", saved.at("/inner/unit").textValue());
        assertEquals("2027", saved.at("/byId/a/since").textValue());
        assertEquals(1, saved.at("/list/0/x").intValue());
        assertEquals(List.of("sample.json", "sample.json.bak"), names(dir));
    }

    @Test
    void newerFileMissingAFieldTakesItFromTheDefaults() throws IOException {
        Files.writeString(file, "{\"schema\":4,\"name\":\"calf\",\"byId\":{},\"shape\":\"round\"}");

        Loaded<Sample> loaded = store.load();

        assertEquals(Optional.empty(), loaded.notice());
        assertEquals(new Sample(4, "calf", new Inner(1), Map.of()), loaded.value());
    }

    @Test
    void savingDefaultsOverANewerFileKeepsItsNumberAndFields() throws IOException {
        Files.writeString(file, "{\"schema\":9,\"name\":\"calf\",\"inner\":{\"width\":7},\"byId\":{},\"colour\":\"red\"}");
        store.load();

        store.save(Sample.defaults());

        JsonNode saved = mapper.readTree(Files.readString(file));
        assertEquals(9, saved.get("schema").intValue());
        assertEquals("red", saved.get("colour").textValue());
        assertEquals(Sample.defaults().withSchema(9), store.load().value());
    }

    @Test
    void olderFileIsMigratedStepByStep() throws IOException {
        Files.writeString(file, "{\"schema\":1,\"title\":\"calf\",\"inner\":{\"width\":7}}");

        assertEquals(new Loaded<>(new Sample(3, "calf", new Inner(7), Map.of()), Optional.empty()), store.load());
    }

    @Test
    void fileOlderThanAnyStepIsDamaged() throws IOException {
        Files.writeString(file, "{\"schema\":0,\"name\":\"calf\",\"inner\":{\"width\":7},\"byId\":{}}");

        StoreNotice notice = store.load().notice().orElseThrow();

        assertEquals(Kind.RESET_TO_DEFAULTS, notice.kind());
        assertTrue(notice.detail().contains("schema 0 is older"), notice.detail());
    }

    @Test
    void unknownFieldInAFileOfThisVersionIsStillAnError() throws IOException {
        Files.writeString(file, "{\"schema\":3,\"name\":\"calf\",\"inner\":{\"width\":7},\"byId\":{},\"colour\":\"red\"}");

        assertEquals(Kind.RESET_TO_DEFAULTS, store.load().notice().orElseThrow().kind());
    }

    @Test
    void newerFileWithAKnownFieldOfTheWrongTypeIsDamaged() throws IOException {
        Files.writeString(file, "{\"schema\":4,\"name\":{\"first\":\"calf\"},\"inner\":{\"width\":7},\"byId\":{}}");

        assertEquals(Kind.RESET_TO_DEFAULTS, store.load().notice().orElseThrow().kind());
    }
}
