package org.nightcramp.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The document, its builder and find know nothing of JavaFX; the view model only of javafx.beans. */
class ReaderCoreIsPureTest {

    private static final Path SOURCES = Path.of("src/main/java/org/nightcramp/reader");
    private static final List<String> CORE = List.of("Block", "Section", "ReaderDocument", "ReaderDocumentBuilder",
            "CauseSections", "HelpSection", "RoutineBlocks", "SourceNames", "FindModel");

    @Test
    void coreHasNoJavaFxImports() {
        List<String> offenders = CORE.stream().filter(name -> imports(name, "javafx.")).toList();

        assertEquals(List.of(), offenders);
    }

    @Test
    void viewModelUsesOnlyJavaFxBeans() {
        List<String> imports = lines("ReaderViewModel").stream()
                .filter(l -> l.startsWith("import javafx."))
                .filter(l -> !l.startsWith("import javafx.beans."))
                .toList();

        assertEquals(List.of(), imports);
    }

    private static boolean imports(String type, String prefix) {
        return lines(type).stream().anyMatch(l -> l.matches("\\s*import\\s+(static\\s+)?" + prefix.replace(".", "\\.") + ".*"));
    }

    private static List<String> lines(String type) {
        try {
            return Files.readAllLines(SOURCES.resolve(type + ".java"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + SOURCES.resolve(type + ".java").toAbsolutePath(), e);
        }
    }
}
