package org.nightcramp.app.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JarManifestTest {

    @TempDir
    Path dir;

    @Test
    void readsTheMainClassAndTheNamedJarsBesideTheJarInTheirOrder() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("classes"));
        // Long enough that the manifest folds the Class-Path over several lines.
        List<String> names = List.of("lib/javafx-controls-21.0.11-linux.jar", "lib/jackson-databind-2.18.2.jar",
                "lib/commons-csv-1.14.1.jar", "lib/slf4j-jdk14-2.0.12.jar");
        Path jar = TestJars.jar(Files.createDirectories(dir.resolve("app")).resolve("app.jar"), "org.example.Main", names, empty);

        JarManifest manifest = JarManifest.read(jar);

        assertEquals(Optional.of("org.example.Main"), manifest.mainClass());
        assertEquals(names.stream().map(n -> dir.resolve("app").resolve(n)).toList(), manifest.classPath());
    }

    @Test
    void aJarThatNamesNoOtherJarsHasAnEmptyClassPath() throws IOException {
        Path jar = TestJars.jar(dir.resolve("plain.jar"), "org.example.Main", List.of(),
                Files.createDirectories(dir.resolve("classes")));

        assertEquals(List.of(), JarManifest.read(jar).classPath());
    }
}
