package org.nightcramp.app.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The second Java for real (this JDK, JavaFX from the test class path as modules), running
 * {@link FakeApp}: a first start's archive is kept only when the window started and the app
 * ended well, and the exit code comes through.
 */
class ChildRunTest {

    @TempDir
    Path dir;
    private Path jar;

    @Test
    void aFirstStartThatOpenedTheWindowKeepsItsArchiveAndTheNextUsesIt() throws IOException {
        ClassArchive archive = archive();

        assertEquals(0, run(archive, "window", "0"));
        assertTrue(archive.exists(), "kept: " + listing());
        assertEquals(List.of(archive.file().getFileName().toString()), listing(), "nothing else is left behind");
        assertEquals(7, run(archive, "window", "7"), "a start with an archive passes its exit code on too");
    }

    @Test
    void anArchiveFromAStartThatFailedOrOpenedNoWindowIsDropped() throws IOException {
        ClassArchive archive = archive();

        assertEquals(3, run(archive, "window", "3"));
        assertEquals(0, run(archive, "handed-over", "0"));
        assertFalse(archive.exists());
        assertEquals(List.of(), listing());
    }

    private ClassArchive archive() throws IOException {
        // Java archives classes from jars only: the app's classes and the fake app in one.
        String fakeApp = FakeApp.class.getName().replace('.', '/') + ".class";
        Path fake = dir.resolve("fake");
        Files.createDirectories(fake.resolve(fakeApp).getParent());
        Files.copy(Path.of("target/test-classes").resolve(fakeApp), fake.resolve(fakeApp));
        jar = TestJars.jar(dir.resolve("app.jar"), FakeApp.class.getName(), List.of(), Path.of("target/classes"), fake);
        return ClassArchive.in(dir.resolve("cache"), Path.of(System.getProperty("java.home")), "test", List.of(jar));
    }

    private int run(ClassArchive archive, String... args) throws IOException {
        List<Path> javafx = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of).filter(RuntimeConf::isJavafxPlatformJar).toList();
        ChildJava child = new ChildJava(Path.of(System.getProperty("java.home"), "bin", "java"), jar,
                FakeApp.class.getName(), javafx, RuntimeConf.builtIn(), Runtime.version().feature(), List.of());
        return new ChildRun(child, archive).run(List.of(args));
    }

    private List<String> listing() throws IOException {
        Path cache = dir.resolve("cache");
        if (!Files.isDirectory(cache)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(cache)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
