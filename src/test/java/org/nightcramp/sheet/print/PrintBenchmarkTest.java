package org.nightcramp.sheet.print;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Group;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.nightcramp.content.illustration.IllustrationCache;
import org.nightcramp.content.ClasspathContentSource;
import org.nightcramp.sheet.FxFonts;
import org.nightcramp.sheet.PageGeometry;
import org.nightcramp.sheet.PageNodes;
import org.nightcramp.sheet.PagePlan;
import org.nightcramp.sheet.PlannedPage;
import org.nightcramp.sheet.Paper;

/**
 * Prints the English and the Chinese sheet through the cups-pdf queue both ways, side by side:
 * the baseline is how the app printed before (JavaFX's PrinterJob drawing the page nodes), the
 * other is now (the sheet's PDF through javax.print). Reports the time until the print call
 * returns, the time until the printed file is complete, the size of the CUPS job and of the
 * printed file, and the bitmaps in it. Run with
 * {@code mvn -Dgroups=benchmark -DexcludedGroups= test -Dtest=PrintBenchmarkTest}; results go to
 * the log and to target/print-benchmark.txt.
 */
@Tag("benchmark")
class PrintBenchmarkTest {

    private static final System.Logger LOG = System.getLogger(PrintBenchmarkTest.class.getName());
    private static final Duration PRINTED_WITHIN = Duration.ofSeconds(180);

    /** One print, measured. */
    private record Run(String way, String tag, double returnedMs, double printedMs, long jobBytes, long fileBytes,
                       int pages, double largestBitmap, double paperWidth) {
    }

    @Test
    void baselineAgainstThePdfPath() throws Exception {
        Optional<CupsPrintingTest.CupsPdfQueue> queue = CupsPrintingTest.CupsPdfQueue.find();
        Assumptions.assumeTrue(queue.isPresent(), "needs CUPS with a cups-pdf queue (see .ci/setup-cups)");
        java.util.logging.Logger.getLogger("org.apache.pdfbox").setLevel(java.util.logging.Level.OFF);
        startToolkit();
        // One unmeasured round, so neither way pays for loading fonts and classes in the figures.
        baseline(queue.get(), "en");
        pdf(queue.get(), "en");
        List<Run> runs = new ArrayList<>();
        for (String tag : List.of("en", "zh-CN")) {
            runs.add(baseline(queue.get(), tag));
            runs.add(pdf(queue.get(), tag));
        }
        List<String> report = new ArrayList<>();
        report.add(String.format(Locale.ROOT, "%-7s %-6s %10s %10s %12s %12s %6s %14s %6s", "way", "sheet",
                "returned", "printed", "CUPS job", "file", "pages", "largest bitmap", "width"));
        for (Run r : runs) {
            report.add(String.format(Locale.ROOT, "%-7s %-6s %7.0f ms %7.0f ms %10d B %10d B %6d %11.0f pt %6.0f",
                    r.way(), r.tag(), r.returnedMs(), r.printedMs(), r.jobBytes(), r.fileBytes(), r.pages(),
                    r.largestBitmap(), r.paperWidth()));
        }
        for (int i = 0; i < runs.size(); i += 2) {
            Run before = runs.get(i);
            Run after = runs.get(i + 1);
            report.add(String.format(Locale.ROOT, "%s: printed in %.1fx less time, job %.0fx smaller, file %.1fx smaller",
                    before.tag(), before.printedMs() / after.printedMs(), (double) before.jobBytes() / after.jobBytes(),
                    (double) before.fileBytes() / after.fileBytes()));
        }
        report.forEach(line -> LOG.log(System.Logger.Level.INFO, line));
        Files.write(Path.of("target/print-benchmark.txt"), report, StandardCharsets.UTF_8);
        // Glyphs may come back as small bitmaps (Ghostscript's Type 3 fonts); pages and drawings must not.
        runs.stream().filter(r -> r.way().equals("pdf")).forEach(r -> assertTrue(r.largestBitmap() < 84, r.toString()));
    }

    private static void startToolkit() {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // Another test started it; one toolkit serves all.
        }
    }

    /** Before: JavaFX's printer job with the sheet's pages as nodes, as FxSheetPrinter did. */
    private Run baseline(CupsPrintingTest.CupsPdfQueue queue, String tag) throws Exception {
        String token = "nightcramp-bench-fx-" + tag.toLowerCase(Locale.ROOT) + "-" + System.nanoTime();
        Map<String, Long> before = jobs(queue.name());
        long start = System.nanoTime();
        CompletableFuture<Integer> pages = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                Printer printer = Printer.getAllPrinters().stream().filter(p -> p.getName().equals(queue.name()))
                        .findFirst().orElseThrow();
                PrinterJob job = PrinterJob.createPrinterJob(printer);
                job.getJobSettings().setJobName(token);
                PageLayout layout = printer.createPageLayout(javafx.print.Paper.A4, PageOrientation.PORTRAIT,
                        Printer.MarginType.DEFAULT);
                job.getJobSettings().setPageLayout(layout);
                PageGeometry page = new PageGeometry(layout.getPaper().getWidth(), layout.getPaper().getHeight(),
                        layout.getLeftMargin(), layout.getRightMargin(), layout.getTopMargin(), layout.getBottomMargin());
                PagePlan plan = PrintFixture.planOn(tag, page.atLeastSheetMargins());
                ClasspathContentSource source = new ClasspathContentSource();
                PageNodes nodes = new PageNodes(new FxFonts(), new IllustrationCache(source)::illustration);
                for (PlannedPage planned : plan.pages()) {
                    Group drawn = nodes.page(planned, plan.geometry());
                    drawn.setTranslateX(-page.left());
                    drawn.setTranslateY(-page.top());
                    job.printPage(layout, new Group(drawn));
                }
                CompletableFuture.runAsync(() -> pages.complete(job.endJob() ? plan.pages().size() : -1));
            } catch (RuntimeException e) {
                pages.completeExceptionally(e);
            }
        });
        int count = pages.get(PRINTED_WITHIN.toSeconds(), TimeUnit.SECONDS);
        double returned = millis(start);
        return measured("JavaFX", tag, queue, token, before, start, returned, count);
    }

    /** Now: the sheet's PDF through javax.print, as PdfPrinting does it. */
    private Run pdf(CupsPrintingTest.CupsPdfQueue queue, String tag) throws Exception {
        String token = "nightcramp-bench-pdf-" + tag.toLowerCase(Locale.ROOT) + "-" + System.nanoTime();
        Map<String, Long> before = jobs(queue.name());
        long start = System.nanoTime();
        byte[] pdf = PrintFixture.SERVICE.pdf(PrintFixture.planOn(tag, PageGeometry.of(Paper.A4)));
        PrintReport report = PdfPrinting.standard().print(pdf, new PrintOrder(queue.name(), 1, Paper.A4, token));
        double returned = millis(start);
        assertTrue(report.sent(), report::toString);
        return measured("pdf", tag, queue, token, before, start, returned, report.pages());
    }

    private Run measured(String way, String tag, CupsPrintingTest.CupsPdfQueue queue, String token,
                         Map<String, Long> before, long start, double returned, int pages) throws Exception {
        Path file = queue.awaitFile(token, PRINTED_WITHIN);
        double printed = millis(start);
        long jobBytes = jobs(queue.name()).entrySet().stream().filter(e -> !before.containsKey(e.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
        double largest = 0;
        double width;
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            for (PDPage page : doc.getPages()) {
                for (PlacedImages.Placed image : PlacedImages.on(page)) {
                    largest = Math.max(largest, Math.max(image.width(), image.height()));
                }
            }
            width = doc.getPage(0).getMediaBox().getWidth();
            assertTrue(doc.getNumberOfPages() == pages, way + " " + tag + ": sent " + pages + " pages, printed "
                    + doc.getNumberOfPages());
        }
        long size = Files.size(file);
        Files.delete(file);
        return new Run(way, tag, returned, printed, jobBytes, size, pages, largest, width);
    }

    /** The queue's jobs with their sizes as CUPS reports them (lpstat's third column, in bytes). */
    private static Map<String, Long> jobs(String queue) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("lpstat", "-W", "all", "-o", queue).redirectErrorStream(true);
        builder.environment().put("LC_ALL", "C");
        Process process = builder.start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(20, TimeUnit.SECONDS);
        Map<String, Long> jobs = new HashMap<>();
        for (String line : text.split("\n")) {
            String[] words = line.strip().split("\\s+");
            if (words.length > 2 && words[2].matches("\\d+")) {
                jobs.put(words[0], Long.parseLong(words[2]));
            }
        }
        return jobs;
    }

    private static double millis(long start) {
        return (System.nanoTime() - start) / 1e6;
    }
}
