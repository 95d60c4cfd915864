package org.nightcramp.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.nightcramp.storage.StoreNotice.Kind;

/** A data file that is no regular file, or too large, is set aside; nothing blocks or fills memory. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class BoundedLoadTest {

    public record Sample(String name, double size) {
    }

    private static final Sample DEFAULTS = new Sample("default", 1.0);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-14T02:30:05Z"), ZoneOffset.UTC);
    private static final String ASIDE = "sample.json.corrupt-20260314-023005";
    private static final int LIMIT = 100;

    @TempDir
    Path dir;
    private Path file;
    private JsonFileStore<Sample> store;

    @BeforeEach
    void setUp() {
        file = dir.resolve("sample.json");
        store = new JsonFileStore<>(file, Sample.class, StrictJson.create(), () -> DEFAULTS, CLOCK).limitedTo(LIMIT);
    }

    @Test
    void pipeInPlaceOfTheFileIsSetAsideWithoutWaitingForAWriter() throws Exception {
        assumeTrue(mkfifo(file), "mkfifo is not available here");

        assertSetAside(store.load());
        store.save(new Sample("after", 2.0));
        assertEquals(new Sample("after", 2.0), store.load().value());
    }

    @Test
    void linkToAnEndlessDeviceIsSetAsideAndTheDeviceLeftAlone() throws IOException {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero here");
        Files.createSymbolicLink(file, zero);

        assertSetAside(store.load());
        assertTrue(Files.isSymbolicLink(dir.resolve(ASIDE)), "the link itself was moved");
        assertTrue(Files.exists(zero));
    }

    @Test
    void fileOneByteOverTheLimitIsSetAside() throws IOException {
        byte[] over = padded(LIMIT + 1);
        Files.write(file, over);

        assertSetAside(store.load());
        assertArrayEquals(over, Files.readAllBytes(dir.resolve(ASIDE)));
    }

    @Test
    void fileAtTheLimitIsRead() throws IOException {
        Files.write(file, padded(LIMIT));

        assertEquals(new Loaded<>(new Sample("x", 1.0), Optional.empty()), store.load());
    }

    @Test
    void oversizeFileWithAGoodBackupIsRestored() throws IOException {
        store.save(new Sample("kept", 1.5));
        store.save(new Sample("kept", 1.5));
        Files.write(file, padded(LIMIT + 1));

        Loaded<Sample> loaded = store.load();

        assertEquals(new Sample("kept", 1.5), loaded.value());
        assertEquals(Kind.RESTORED_FROM_BACKUP, loaded.notice().orElseThrow().kind());
    }

    @Test
    void readRefusesLikeLoadButMovesNothing() throws IOException {
        Files.write(file, padded(LIMIT + 1));

        RefusedFile refused = assertThrows(RefusedFile.class, store::read);

        assertEquals(RefusedFile.Reason.TOO_LARGE, refused.reason());
        assertEquals(LIMIT, refused.limit());
        assertEquals(List.of("sample.json"), names(dir));
    }

    @Test
    void readNamesThePlaceOfBadContent() throws IOException {
        Files.writeString(file, "{\"name\":\"a\",\n\"size\":\"big\"}");

        IOException e = assertThrows(IOException.class, store::read);

        assertTrue(e.getMessage().startsWith("line 2, column 8 at $.size: "), e.getMessage());
        assertEquals(List.of("sample.json"), names(dir));
    }

    private void assertSetAside(Loaded<Sample> loaded) throws IOException {
        assertEquals(DEFAULTS, loaded.value());
        StoreNotice notice = loaded.notice().orElseThrow();
        assertEquals(Kind.RESET_TO_DEFAULTS, notice.kind());
        assertEquals(file, notice.file());
        assertEquals(Optional.of(dir.resolve(ASIDE)), notice.keptAs());
        assertEquals(List.of(ASIDE), names(dir));
    }

    /** {"name":"x","size":1.0} padded with spaces to exactly {@code length} bytes. */
    private static byte[] padded(int length) {
        byte[] json = "{\"name\":\"x\",\"size\":1.0}".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] out = new byte[length];
        Arrays.fill(out, (byte) ' ');
        System.arraycopy(json, 0, out, 0, json.length);
        return out;
    }

    static boolean mkfifo(Path path) throws InterruptedException {
        try {
            Process p = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
