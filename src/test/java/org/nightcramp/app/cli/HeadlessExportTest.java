package org.nightcramp.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --export-sheet} runs where there is no display: in a JVM of its own, with class loading
 * logged, it writes the PDF without loading a single JavaFX scene class.
 */
class HeadlessExportTest {

    @TempDir
    Path dir;

    @Test
    void exportingTheSheetLoadsNoSceneClass() throws IOException, InterruptedException {
        Path pdf = dir.resolve("sheet.pdf");
        Path log = dir.resolve("classes.log");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-Xlog:class+load=info:file=" + log,
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                "org.nightcramp.app.Launcher", "--export-sheet", pdf.toString(), "--locale", "en-GB",
                "--data-dir", dir.resolve("data").toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("out.txt").toFile())
                .start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the export finished");
        String output = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), output);
        assertTrue(Files.size(pdf) > 10_000, "a PDF was written");
        List<String> scene = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .filter(line -> line.contains(" javafx.scene.")).toList();
        assertEquals(List.of(), scene, "JavaFX scene classes loaded by a headless export");
        assertTrue(Files.readString(log).contains("org.nightcramp.sheet.PdfSheetWriter"),
                "the log covers the export itself");
    }
}
