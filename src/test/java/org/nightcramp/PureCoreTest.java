package org.nightcramp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the core free of JavaFX scene code, so it is tested in milliseconds and runs on any
 * thread: content and storage use no JavaFX at all, and view models no javafx.scene.
 */
class PureCoreTest {

    private static final Path MAIN = Path.of("src/main/java/org/nightcramp");
    /** Packages with no JavaFX whatsoever. */
    private static final List<String> PURE = List.of("content", "storage");

    @Test
    void corePackagesImportNoJavaFx() {
        for (String pkg : PURE) {
            List<Path> sources = javaFiles(MAIN.resolve(pkg));
            assertTrue(sources.size() >= 5, "expected sources in " + MAIN.resolve(pkg).toAbsolutePath());
            assertEquals(List.of(), offenders(sources, "javafx."), "JavaFX imports in " + pkg);
        }
    }

    @Test
    void viewModelsImportNoSceneCode() {
        List<Path> models = javaFiles(MAIN).stream()
                .filter(p -> p.getFileName().toString().endsWith("ViewModel.java"))
                .toList();
        assertTrue(models.size() >= 2, "expected view models under " + MAIN.toAbsolutePath());
        assertEquals(List.of(), offenders(models, "javafx.scene."));
    }

    private static List<String> offenders(List<Path> sources, String prefix) {
        return sources.stream()
                .filter(p -> imports(p, prefix))
                .map(p -> MAIN.relativize(p).toString())
                .toList();
    }

    private static boolean imports(Path source, String prefix) {
        try {
            return Files.readAllLines(source).stream()
                    .anyMatch(line -> line.matches("\\s*import\\s+(static\\s+)?" + prefix.replace(".", "\\.") + ".*"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> javaFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
