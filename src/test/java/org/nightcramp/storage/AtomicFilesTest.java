package org.nightcramp.storage;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    private final AtomicFiles files = new AtomicFiles();

    @Test
    void writesNewFileCreatingItsFolder() throws IOException {
        Path target = dir.resolve("a/b/settings.json");

        files.write(target, bytes("{\"v\":1}"));

        assertEquals("{\"v\":1}", read(target));
        assertEquals(List.of("settings.json"), names(target.getParent()));
    }

    @Test
    void overwriteKeepsPreviousContentAsBackup() throws IOException {
        Path target = dir.resolve("settings.json");
        files.write(target, bytes("one"));
        files.write(target, bytes("two"));

        assertEquals("two", read(target));
        assertEquals("one", read(dir.resolve("settings.json.bak")));

        files.write(target, bytes("three"));

        assertEquals("three", read(target));
        assertEquals("two", read(dir.resolve("settings.json.bak")));
        assertEquals(List.of("settings.json", "settings.json.bak"), names(dir));
    }

    @Test
    void interruptedWriteLeavesTargetAndBackupUntouched() throws IOException {
        Path target = dir.resolve("settings.json");
        files.write(target, bytes("first"));
        files.write(target, bytes("second"));
        AtomicFiles failing = new AtomicFiles(out -> new FailAfter(out, 4));

        IOException e = assertThrows(IOException.class,
                () -> failing.write(target, bytes("third, much longer content")));

        assertEquals("disk full (test)", e.getMessage());
        assertEquals("second", read(target));
        assertEquals("first", read(dir.resolve("settings.json.bak")));
        assertEquals(List.of("settings.json", "settings.json.bak"), names(dir));
    }

    @Test
    void failureWhileKeepingBackupLeavesTargetUntouched() throws IOException {
        Path target = dir.resolve("settings.json");
        files.write(target, bytes("kept"));
        // A non-empty folder where the backup belongs cannot be replaced by a file.
        Path blocker = Files.createDirectories(dir.resolve("settings.json.bak/inside"));

        assertThrows(IOException.class, () -> files.write(target, bytes("new")));

        assertEquals("kept", read(target));
        assertEquals(List.of("settings.json", "settings.json.bak"), names(dir));
        assertEquals(List.of("inside"), names(blocker.getParent()));
    }

    @Test
    void orphanedTempFileFromCrashIsRemovedOnNextWrite() throws IOException {
        Path target = dir.resolve("settings.json");
        files.write(target, bytes("saved"));
        FileTime old = FileTime.from(Instant.now().minus(AtomicFiles.ORPHAN_AGE).minusSeconds(5));
        Files.setLastModifiedTime(Files.writeString(dir.resolve(".settings.json.tmp-4711"), "{\"half"), old);
        Files.setLastModifiedTime(Files.writeString(dir.resolve(".diary.json.tmp-12"), "not ours"), old);

        files.write(target, bytes("next"));

        assertEquals("next", read(target));
        assertEquals(List.of(".diary.json.tmp-12", "settings.json", "settings.json.bak"), names(dir));
    }

    @Test
    void youngTempFileMayBeAnotherSaveInFlightAndIsLeft() throws IOException {
        Path target = dir.resolve("settings.json");
        Path young = Files.writeString(dir.resolve(".settings.json.tmp-4711"), "{\"half");
        Files.setLastModifiedTime(young, FileTime.from(Instant.now().minus(AtomicFiles.ORPHAN_AGE).plusSeconds(60)));

        files.write(target, bytes("next"));

        assertEquals(List.of(".settings.json.tmp-4711", "settings.json"), names(dir));
    }

    @Test
    void backupOfNamesTheFileBesideTarget() {
        assertEquals(dir.resolve("settings.json.bak"), AtomicFiles.backupOf(dir.resolve("settings.json")));
    }

    static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(UTF_8);
    }

    private static String read(Path p) throws IOException {
        return Files.readString(p, UTF_8);
    }

    /** Passes the first bytes through, then fails like a full disk. */
    private static final class FailAfter extends FilterOutputStream {
        private int left;

        FailAfter(OutputStream out, int limit) {
            super(out);
            this.left = limit;
        }

        @Override
        public void write(int b) throws IOException {
            if (left-- <= 0) {
                throw new IOException("disk full (test)");
            }
            out.write(b);
        }
    }
}
