package org.nightcramp.app.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassArchiveTest {

    private static final Path JAVA_HOME = Path.of("/jdk-17");

    @TempDir
    Path dir;

    @Test
    void anUpdatedJarOrAnotherJavaNeverFindsTheOldArchive() throws IOException {
        Path jar = Files.writeString(dir.resolve("app.jar"), "one");
        Path lib = Files.writeString(dir.resolve("lib.jar"), "lib");
        Path cache = dir.resolve("cache");
        Path first = ClassArchive.in(cache, JAVA_HOME, "17.0.15", List.of(jar, lib)).file();

        assertEquals(first, ClassArchive.in(cache, JAVA_HOME, "17.0.15", List.of(jar, lib)).file());
        assertTrue(first.getFileName().toString().matches("jar-[0-9a-f]{8}-[0-9a-f]{8}\\.jsa"), first.toString());
        assertNotEquals(first, ClassArchive.in(cache, JAVA_HOME, "17.0.16", List.of(jar, lib)).file());
        Files.setLastModifiedTime(lib, FileTime.from(Instant.now().plusSeconds(60)));
        assertNotEquals(first, ClassArchive.in(cache, JAVA_HOME, "17.0.15", List.of(jar, lib)).file());
        Files.writeString(jar, "two, longer");
        assertNotEquals(first, ClassArchive.in(cache, JAVA_HOME, "17.0.15", List.of(jar)).file());
    }

    @Test
    void keptItTakesItsNameAndTheOldJarsArchivesOfThisJavaGo() throws IOException {
        Path jar = Files.writeString(dir.resolve("app.jar"), "v1");
        Path cache = dir.resolve("cache");
        ClassArchive v1 = ClassArchive.in(cache, JAVA_HOME, "17", List.of(jar));
        Path pending = Files.writeString(v1.pending(1), "archive 1");
        v1.keep(pending);
        Path otherJava = Files.writeString(ClassArchive.in(cache, Path.of("/jdk-21"), "21", List.of(jar)).file(), "21");

        Files.writeString(jar, "version 2");
        ClassArchive v2 = ClassArchive.in(cache, JAVA_HOME, "17", List.of(jar));
        assertFalse(v2.exists());
        Path running = Files.writeString(v2.pending(2), "being written by another start");
        Path abandoned = Files.writeString(cache.resolve(v2.file().getFileName() + ".3.part"), "left by a killed start");
        Files.setLastModifiedTime(abandoned, FileTime.from(Instant.now().minus(Duration.ofDays(2))));
        v2.keep(Files.writeString(v2.pending(4), "archive 2"));

        assertEquals("archive 2", Files.readString(v2.file()));
        assertFalse(Files.exists(v1.file()), "the old version's archive is of no use any more");
        assertTrue(Files.exists(otherJava), "another Java's archive stays");
        assertTrue(Files.exists(running), "a start still running keeps its unfinished archive");
        assertFalse(Files.exists(abandoned));
        assertEquals(List.of("-XX:SharedArchiveFile=" + v2.file()), v2.useOptions());
        assertEquals(List.of("-XX:ArchiveClassesAtExit=" + running), v2.writeOptions(running));
    }
}
