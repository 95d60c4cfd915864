package org.nightcramp.sheet.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Printing works without a window (the command line prints too): only the panel's controller
 * knows JavaFX scenes, and its model only JavaFX properties and lists.
 */
class PrintCoreIsPureTest {

    private static final Path SOURCES = Path.of("src/main/java/org/nightcramp/sheet/print");

    @Test
    void onlyThePanelTouchesTheScene() throws IOException {
        Map<String, List<String>> javafx = new TreeMap<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                javafx.put(file.getFileName().toString().replace(".java", ""), Files.readAllLines(file).stream()
                        .filter(l -> l.startsWith("import javafx.")).toList());
            }
        }
        assertTrue(javafx.containsKey("PdfPrinting") && javafx.containsKey("PrintPanel"), javafx::toString);
        javafx.remove("PrintPanel");
        assertEquals(List.of(), javafx.remove("PrintPanelModel").stream()
                .filter(l -> !l.startsWith("import javafx.beans.") && !l.startsWith("import javafx.collections.")).toList());
        javafx.values().removeIf(List::isEmpty);
        assertEquals(Map.of(), javafx, "JavaFX in the printing core");
    }
}
