package org.nightcramp.content.illustration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The content core stays free of JavaFX so it can be tested and printed without a window. */
class CorePurityTest {

    @Test
    void contentPackagesImportNoJavaFx() throws IOException {
        Path root = Path.of("src/main/java/org/nightcramp/content");
        List<String> offenders;
        try (Stream<Path> files = Files.walk(root)) {
            offenders = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(CorePurityTest::importsJavaFx)
                    .map(Path::toString)
                    .toList();
        }
        assertEquals(List.of(), offenders);
    }

    private static boolean importsJavaFx(Path file) {
        try {
            return Files.readAllLines(file).stream().anyMatch(l -> l.strip().startsWith("import javafx."));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
