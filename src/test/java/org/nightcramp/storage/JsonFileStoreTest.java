package org.nightcramp.storage;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.nightcramp.storage.AtomicFilesTest.names;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nightcramp.storage.StoreNotice.Kind;

class JsonFileStoreTest {

    /** A small stand-in for the app's records. */
    public record Sample(String name, double size) {
    }

    private static final Sample DEFAULTS = new Sample("default", 1.0);
    private static final Clock CLOCK =
            Clock.fixed(Instant.parse("2026-03-14T02:30:05Z"), ZoneOffset.UTC);
    private static final String ASIDE = "sample.json.corrupt-20260314-023005";

    @TempDir
    Path dir;
    private Path file;
    private JsonFileStore<Sample> store;

    @BeforeEach
    void setUp() {
        file = dir.resolve("sample.json");
        store = new JsonFileStore<>(file, Sample.class, StrictJson.create(), () -> DEFAULTS, CLOCK);
    }

    @Test
    void missingFileGivesDefaultsWithoutNoticeAndCreatesNothing() throws IOException {
        Loaded<Sample> loaded = store.load();

        assertEquals(DEFAULTS, loaded.value());
        assertEquals(Optional.empty(), loaded.notice());
        assertEquals(List.of(), names(dir));
    }

    @Test
    void savedValueLoadsBack() throws IOException {
        store.save(new Sample("calf", 1.5));

        assertEquals(new Loaded<>(new Sample("calf", 1.5), Optional.empty()), store.load());
        assertEquals("{\n  \"name\" : \"calf\",\n  \"size\" : 1.5\n}\n", Files.readString(file));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "this is not json",
        "{\"name\":\"a\",\"size\":1.0} x",
        "{\"name\":\"a\",\"size\":1.0,\"colour\":\"red\"}",
        "{\"name\":\"a\"}",
        "{\"name\":null,\"size\":1.0}",
        "{\"name\":\"a\",\"size\":null}",
        "{\"name\":\"a\",\"size\":\"1.5\"}",
        "{\"name\":12,\"size\":1.5}",
        "{\"name\":\"a\",\"size\":1.0,\"size\":2.0}",
        "{\"name\":\"a\",\"si",
        "[]",
        "null",
        ""
    })
    void corruptFileIsKeptAsideAndDefaultsUsed(String content) throws IOException {
        byte[] original = content.getBytes(UTF_8);
        Files.write(file, original);

        Loaded<Sample> loaded = store.load();

        assertEquals(DEFAULTS, loaded.value());
        StoreNotice notice = loaded.notice().orElseThrow();
        assertEquals(Kind.RESET_TO_DEFAULTS, notice.kind());
        assertEquals(file, notice.file());
        assertEquals(Optional.of(dir.resolve(ASIDE)), notice.keptAs());
        assertTrue(notice.detail().startsWith(file + " ") || notice.detail().startsWith(file + ":"),
                notice.detail());
        assertArrayEquals(original, Files.readAllBytes(dir.resolve(ASIDE)));
        assertEquals(List.of(ASIDE), names(dir));
    }

    @Test
    void detailNamesLineColumnAndParserMessage() throws IOException {
        Files.writeString(file, "{\n  \"name\" : \"a\",\n  \"colour\" : 1,\n  \"size\" : 1.0\n}\n");

        String detail = store.load().notice().orElseThrow().detail();

        assertTrue(detail.startsWith(file + " line "), detail);
        assertTrue(detail.contains(" at $.colour: "), detail);
        assertTrue(detail.contains("Unrecognized field \"colour\""), detail);
    }

    @Test
    void detailOfSyntaxErrorNamesItsLine() throws IOException {
        Files.writeString(file, "{\n  \"name\" : \"a\",\n  \"size\" : 1.0,,\n}\n");

        String detail = store.load().notice().orElseThrow().detail();

        assertTrue(detail.startsWith(file + " line 3, column 16: Unexpected character"), detail);
    }

    @Test
    void takenCorruptNameGetsACounter() throws IOException {
        Files.writeString(dir.resolve(ASIDE), "older one");
        Files.writeString(dir.resolve(ASIDE + "-2"), "older two");
        Files.writeString(file, "garbage");

        Optional<Path> keptAs = store.load().notice().orElseThrow().keptAs();

        assertEquals(Optional.of(dir.resolve(ASIDE + "-3")), keptAs);
        assertEquals("garbage", Files.readString(dir.resolve(ASIDE + "-3")));
        assertEquals("older one", Files.readString(dir.resolve(ASIDE)));
        assertEquals("older two", Files.readString(dir.resolve(ASIDE + "-2")));
    }

    @Test
    void corruptFileWithGoodBackupIsRestoredFromIt() throws IOException {
        store.save(new Sample("first", 1.0));
        store.save(new Sample("second", 2.0));
        byte[] backup = Files.readAllBytes(dir.resolve("sample.json.bak"));
        Files.writeString(file, "{\"name\":\"sec");

        Loaded<Sample> loaded = store.load();

        assertEquals(new Sample("first", 1.0), loaded.value());
        StoreNotice notice = loaded.notice().orElseThrow();
        assertEquals(Kind.RESTORED_FROM_BACKUP, notice.kind());
        assertEquals(Optional.of(dir.resolve(ASIDE)), notice.keptAs());
        assertEquals("{\"name\":\"sec", Files.readString(dir.resolve(ASIDE)));
        assertArrayEquals(backup, Files.readAllBytes(file));
        assertArrayEquals(backup, Files.readAllBytes(dir.resolve("sample.json.bak")));
        assertEquals(new Loaded<>(new Sample("first", 1.0), Optional.empty()), store.load());
    }

    @Test
    void corruptFileAndCorruptBackupAreBothKept() throws IOException {
        Files.writeString(file, "main damaged");
        Files.writeString(dir.resolve("sample.json.bak"), "{\"name\":\"b\"}");

        Loaded<Sample> loaded = store.load();

        assertEquals(DEFAULTS, loaded.value());
        assertEquals(Kind.RESET_TO_DEFAULTS, loaded.notice().orElseThrow().kind());
        assertEquals("main damaged", Files.readString(dir.resolve(ASIDE)));
        assertEquals("{\"name\":\"b\"}",
                Files.readString(dir.resolve("sample.json.bak.corrupt-20260314-023005")));
        assertEquals(List.of("sample.json.bak.corrupt-20260314-023005", ASIDE), names(dir));
    }

    @Test
    void folderInPlaceOfTheFileIsSetAsideAndDefaultsUsed() throws IOException {
        Files.createDirectories(file.resolve("inside"));

        Loaded<Sample> loaded = store.load();

        assertEquals(DEFAULTS, loaded.value());
        StoreNotice notice = loaded.notice().orElseThrow();
        assertEquals(Kind.RESET_TO_DEFAULTS, notice.kind());
        assertEquals(Optional.of(dir.resolve(ASIDE)), notice.keptAs());
        assertTrue(notice.detail().startsWith(file.toString()), notice.detail());
        assertEquals(List.of(ASIDE), names(dir));
        assertEquals(List.of("inside"), names(dir.resolve(ASIDE)));
        store.save(new Sample("next", 1.0));
        assertEquals(new Sample("next", 1.0), store.load().value());
    }

    @Test
    void fileThatCannotBeSetAsideGivesDefaultsAndMovesNothing() throws IOException {
        Files.writeString(file, "damaged");
        // Someone else's folder: the file can be read but not renamed (root may still rename it).
        assumeTrue(dir.toFile().setWritable(false));
        try {
            assumeTrue(!Files.isWritable(dir), "running as root");
            Loaded<Sample> loaded = store.load();

            assertEquals(DEFAULTS, loaded.value());
            StoreNotice notice = loaded.notice().orElseThrow();
            assertEquals(Kind.UNREADABLE, notice.kind());
            assertEquals(Optional.empty(), notice.keptAs());
            assertEquals(List.of("sample.json"), names(dir));
        } finally {
            dir.toFile().setWritable(true);
        }
    }

    @Test
    void staleTempFileIsIgnoredByLoad() throws IOException {
        store.save(new Sample("saved", 1.25));
        Files.writeString(dir.resolve(".sample.json.tmp-99"), "{\"name\":\"half");

        assertEquals(new Loaded<>(new Sample("saved", 1.25), Optional.empty()), store.load());
        assertFalse(names(dir).stream().anyMatch(n -> n.contains("corrupt")));
    }

    @Test
    void saveReportsFailureToCaller() throws IOException {
        Path blocked = Files.writeString(dir.resolve("not-a-folder"), "x");
        JsonFileStore<Sample> inside = new JsonFileStore<>(blocked.resolve("sample.json"),
                Sample.class, StrictJson.create(), () -> DEFAULTS, CLOCK);

        assertThrows(IOException.class, () -> inside.save(new Sample("lost?", 1.0)));
        assertEquals("x", Files.readString(blocked));
    }
}
