package org.nightcramp.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The answers, the rules and the steps know nothing of JavaFX; the session and the view models
 * only of javafx.beans, so they are tested without a window.
 */
class WizardCoreIsPureTest {

    private static final Path SOURCES = Path.of("src/main/java/org/nightcramp/wizard");
    private static final List<String> CORE = List.of("WizardStep", "WizardSteps", "SummaryContent");
    private static final List<String> BEANS_ONLY = List.of("WizardSession", "WizardViewModel");

    @Test
    void coreHasNoJavaFxImports() {
        assertEquals(List.of(), CORE.stream().filter(t -> !javaFxImports(t).isEmpty()).toList());
    }

    @Test
    void sessionAndViewModelsUseOnlyJavaFxBeans() {
        List<String> offenders = BEANS_ONLY.stream()
                .flatMap(t -> javaFxImports(t).stream())
                .filter(line -> !line.startsWith("import javafx.beans."))
                .toList();

        assertEquals(List.of(), offenders);
    }

    private static List<String> javaFxImports(String type) {
        try {
            return Files.readAllLines(SOURCES.resolve(type + ".java")).stream()
                    .map(String::strip)
                    .filter(l -> l.matches("import\\s+(static\\s+)?javafx\\..*"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + SOURCES.resolve(type + ".java").toAbsolutePath(), e);
        }
    }
}
