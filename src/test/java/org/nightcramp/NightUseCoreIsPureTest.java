package org.nightcramp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The speech, the screen hold, the bedtime reminder and the assessment's urgency know nothing of
 * JavaFX, so they run on any thread, are tested in milliseconds and serve the CLI as well.
 */
class NightUseCoreIsPureTest {

    private static final Path MAIN = Path.of("src/main/java/org/nightcramp");

    @ParameterizedTest
    @ValueSource(strings = {"relief/speech", "relief/system", "reminder", "assessment"})
    void importsNoJavaFx(String pkg) throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.list(MAIN.resolve(pkg))) {
            sources = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        assertTrue(!sources.isEmpty(), "expected sources in " + MAIN.resolve(pkg).toAbsolutePath());
        assertEquals(List.of(), sources.stream().filter(NightUseCoreIsPureTest::importsJavaFx)
                .map(p -> MAIN.relativize(p).toString()).toList());
    }

    private static boolean importsJavaFx(Path source) {
        try {
            return Files.readAllLines(source).stream().anyMatch(l -> l.matches("\\s*import\\s+(static\\s+)?javafx\\..*"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
