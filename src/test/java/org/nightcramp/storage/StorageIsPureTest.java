package org.nightcramp.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps storage free of JavaFX so it stays testable in milliseconds and usable from any thread. */
class StorageIsPureTest {

    private static final Path SOURCES = Path.of("src/main/java/org/nightcramp/storage");

    @Test
    void noJavaFxImports() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.list(SOURCES)) {
            sources = files.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertTrue(sources.size() >= 6, "expected the storage sources in " + SOURCES.toAbsolutePath());
        List<String> offenders = sources.stream()
                .filter(StorageIsPureTest::importsJavaFx)
                .map(p -> p.getFileName().toString())
                .toList();
        assertEquals(List.of(), offenders);
    }

    private static boolean importsJavaFx(Path source) {
        try {
            return Files.readAllLines(source).stream()
                    .anyMatch(line -> line.matches("\\s*import\\s+(static\\s+)?javafx\\..*"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
