package org.nightcramp.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nightcramp.assessment.Findings;
import org.nightcramp.content.ClasspathContentSource;
import org.nightcramp.content.Guide;
import org.nightcramp.content.illustration.IllustrationCache;

/**
 * Times the sheet: model, layout and PDF, cold (fonts and drawings read for the first time) and
 * warm, and a cold command-line export. Run with {@code mvn -Dgroups=benchmark -DexcludedGroups= test};
 * results go to the log and to target/sheet-benchmark.txt.
 */
@Tag("benchmark")
class SheetBenchmarkTest {

    private static final System.Logger LOG = System.getLogger(SheetBenchmarkTest.class.getName());
    private static final int WARMUP = 15;
    private static final int RUNS = 25;
    private final List<String> report = new ArrayList<>();

    @TempDir
    Path dir;

    /** One whole sheet: what goes on it, its pages, and the PDF's bytes. */
    private static byte[] sheet(SheetService service, String tag) {
        Guide guide = SheetFixture.guide(tag);
        Findings findings = SheetFindings.of(guide, SheetFixture.coldAndPosture());
        SheetModel model = service.model(guide, findings, new SheetOptions("Sam Lee", "Is it my tablets?",
                SheetFixture.DATE, "GB"), SheetFixture.words(tag));
        return service.pdf(service.plan(guide, model, PageGeometry.of(Paper.A4)));
    }

    private static SheetService freshService() {
        ClasspathContentSource source = new ClasspathContentSource();
        return new SheetService(new SheetFonts(source), new IllustrationCache(source)::illustration);
    }

    @Test
    void modelLayoutAndPdfColdAndWarm() throws IOException {
        for (String tag : List.of("en", "zh-CN")) {
            SheetFixture.guide(tag);
            long start = System.nanoTime();
            byte[] pdf = sheet(freshService(), tag);
            double cold = millis(start);
            SheetService service = freshService();
            for (int i = 0; i < WARMUP; i++) {
                sheet(service, tag);
            }
            double[] warm = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long t = System.nanoTime();
                sheet(service, tag);
                warm[i] = millis(t);
            }
            Arrays.sort(warm);
            double median = warm[RUNS / 2];
            record(String.format("%-6s cold %.0f ms (fresh fonts and drawings), warm median %.1f ms (min %.1f, max %.1f), PDF %d KB",
                    tag, cold, median, warm[0], warm[RUNS - 1], pdf.length / 1024));
            assertTrue(median < 300, tag + " warm " + median + " ms");
            assertTrue(pdf.length < 1_000_000, tag + " " + pdf.length + " bytes");
        }
        write();
    }

    @Test
    void coldCommandLineExport() throws Exception {
        Path jar = Path.of("target/night-cramp-guide.jar");
        Assumptions.assumeTrue(Files.exists(jar) && Files.isDirectory(Path.of("target/lib")),
                "run mvn package first: the export is timed from the packaged jar");
        for (String tag : List.of("en", "zh-CN")) {
            Path out = dir.resolve("sheet-" + tag + ".pdf");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder pb = new ProcessBuilder(java, "-jar", jar.toString(), "--data-dir", dir.toString(),
                    "--locale", tag, "--export-sheet", out.toString()).redirectErrorStream(true);
            long start = System.nanoTime();
            Process process = pb.start();
            String output = new String(process.getInputStream().readAllBytes());
            int code = process.waitFor();
            double wall = millis(start);
            assertEquals(0, code, output);
            record(String.format("%-6s cold CLI export %.0f ms (java -jar ... --export-sheet), PDF %d KB",
                    tag, wall, Files.size(out) / 1024));
            assertTrue(wall < 2000, tag + " cold CLI " + wall + " ms");
        }
        write();
    }

    private void record(String line) {
        LOG.log(System.Logger.Level.INFO, line);
        report.add(line);
    }

    private void write() throws IOException {
        Path file = Path.of("target/sheet-benchmark.txt");
        Files.write(file, report, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }

    private static double millis(long since) {
        return (System.nanoTime() - since) / 1e6;
    }
}
