package org.nightcramp.sheet;

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
 * The sheet model, the page plan and the PDF writer know nothing of JavaFX, so the command line
 * runs without it; the view model only of javafx.beans.
 */
class SheetCoreIsPureTest {

    private static final Path SOURCES = Path.of("src/main/java/org/nightcramp/sheet");
    /** The JavaFX side: the view, its model, and the nodes it draws with. */
    private static final List<String> FX = List.of("SheetView", "SheetViewModel", "PageNodes", "FxFonts", "SheetKit");

    @Test
    void coreHasNoJavaFxImports() throws IOException {
        List<String> core;
        try (Stream<Path> files = Files.list(SOURCES)) {
            core = files.filter(Files::isRegularFile).map(p -> p.getFileName().toString().replace(".java", ""))
                    .filter(n -> !FX.contains(n)).sorted().toList();
        }
        assertTrue(core.contains("SheetModel") && core.contains("SheetLayout") && core.contains("PdfSheetWriter"));
        assertEquals(List.of(), core.stream().filter(n -> lines(n).stream()
                .anyMatch(l -> l.matches("\\s*import\\s+(static\\s+)?javafx\\..*"))).toList());
    }

    @Test
    void viewModelUsesOnlyJavaFxBeans() {
        if (!Files.exists(SOURCES.resolve("SheetViewModel.java"))) {
            return;
        }
        assertEquals(List.of(), lines("SheetViewModel").stream()
                .filter(l -> l.startsWith("import javafx.") && !l.startsWith("import javafx.beans.")).toList());
    }

    private static List<String> lines(String type) {
        try {
            return Files.readAllLines(SOURCES.resolve(type + ".java"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
