package org.nightcramp.relief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The engine, its plan, the motion, the cues and the preferences know nothing of JavaFX, so they
 * run on any thread and are tested in milliseconds; the view model knows only javafx.beans.
 */
class ReliefCoreIsPureTest {

    private static final Path SOURCES = Path.of("src/main/java/org/nightcramp/relief");
    /** The classes that may use JavaFX scene code: the view and its helpers. */
    private static final Set<String> UI = Set.of("ReliefView", "ReliefKeys", "ReliefDial", "ReliefIllustration",
            "ReliefToolbar");
    /** The view model and its display: javafx.beans only, no scene code. */
    private static final Set<String> MODELS = Set.of("ReliefViewModel", "ReliefDisplay", "RoutineChoices");

    @Test
    void coreHasNoJavaFxImports() {
        List<Path> core = sources().stream().filter(p -> !UI.contains(name(p)) && !MODELS.contains(name(p))).toList();

        assertTrue(core.size() >= 10, "expected the engine's sources in " + SOURCES.toAbsolutePath());
        assertEquals(List.of(), core.stream().filter(p -> imports(p, "javafx.")).map(ReliefCoreIsPureTest::name).toList());
    }

    @Test
    void viewModelUsesOnlyJavaFxBeansAndCollections() {
        List<String> imports = MODELS.stream()
                .flatMap(name -> lines(SOURCES.resolve(name + ".java")).stream())
                .filter(l -> l.startsWith("import javafx."))
                .filter(l -> !l.startsWith("import javafx.beans.") && !l.startsWith("import javafx.collections."))
                .toList();

        assertEquals(List.of(), imports);
    }

    private static String name(Path p) {
        return p.getFileName().toString().replace(".java", "");
    }

    private static boolean imports(Path source, String prefix) {
        return lines(source).stream()
                .anyMatch(l -> l.matches("\\s*import\\s+(static\\s+)?" + prefix.replace(".", "\\.") + ".*"));
    }

    private static List<String> lines(Path source) {
        try {
            return Files.readAllLines(source);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + source.toAbsolutePath(), e);
        }
    }

    private static List<Path> sources() {
        try (Stream<Path> files = Files.list(SOURCES)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
