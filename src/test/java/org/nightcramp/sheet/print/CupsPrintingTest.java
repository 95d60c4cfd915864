package org.nightcramp.sheet.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.print.DocFlavor;
import javax.print.PrintService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nightcramp.sheet.Drawn;
import org.nightcramp.sheet.PagePlan;
import org.nightcramp.sheet.Paper;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Prints the English and the Chinese sheet through a real CUPS into a cups-pdf queue and reads
 * what came out: the saved PDF's page count, the chosen paper, no bitmap bigger than a step-card
 * drawing, under 1 MB. Without CUPS it is skipped and says how to enable it; with
 * NIGHTCRAMP_REQUIRE_CUPS=1 (as .ci/run sets) a missing CUPS fails it instead.
 */
class CupsPrintingTest {

    private static final String HOW_TO = "No CUPS with a cups-pdf queue here, so printing through CUPS is not tested."
            + " To test it: apt-get install cups cups-bsd printer-driver-cups-pdf; service cups start;"
            + " lpadmin -p NightCrampPDF -v cups-pdf:/ -E -m lsb/usr/cups-pdf/CUPS-PDF_opt.ppd (or see .ci/setup-cups).";
    private static final Duration PRINTED_WITHIN = Duration.ofSeconds(120);

    private static Optional<CupsPdfQueue> queue;
    /** Held so the setting sticks: Ghostscript's Type 3 fonts make PDFBox warn on every page read. */
    private static final java.util.logging.Logger PDFBOX = java.util.logging.Logger.getLogger("org.apache.pdfbox");

    @BeforeAll
    static void findQueue() {
        PDFBOX.setLevel(java.util.logging.Level.OFF);
        queue = CupsPdfQueue.find();
        if (queue.isEmpty() && "1".equals(System.getenv("NIGHTCRAMP_REQUIRE_CUPS"))) {
            fail("NIGHTCRAMP_REQUIRE_CUPS=1 but " + HOW_TO);
        }
        if (queue.isEmpty()) {
            // Said out loud: a skipped class is easy to miss in the build's summary.
            System.getLogger(CupsPrintingTest.class.getName()).log(System.Logger.Level.WARNING, HOW_TO);
        }
        Assumptions.assumeTrue(queue.isPresent(), HOW_TO);
    }

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({"en, A4", "en, LETTER", "zh-CN, A4", "zh-CN, LETTER"})
    void theSheetPrintsAsItsPdfOnThePaperChosen(String tag, Paper paper) throws Exception {
        PagePlan plan = PrintFixture.plan(tag, paper);
        byte[] pdf = PrintFixture.pdf(tag, paper);
        String job = "nightcramp-test-" + tag.toLowerCase() + "-" + paper.label().toLowerCase() + "-" + System.nanoTime();

        PrintReport report = PdfPrinting.standard().print(pdf, new PrintOrder(queue.get().name(), 1, paper, job));

        assertTrue(report.sent(), report::toString);
        Path printed = queue.get().awaitFile(job, PRINTED_WITHIN);
        long size = Files.size(printed);
        checkPrinted(printed, plan, paper, pdf);
        Files.delete(printed);
        assertTrue(size < 1_000_000, tag + " printed as " + size + " bytes");
    }

    /** A queue that does not take PDF gets the same pages through PDFBox on a PrinterJob. */
    @Test
    void aPrinterWithoutPdfGetsTheSameVectorPages() throws Exception {
        PagePlan plan = PrintFixture.plan("en", Paper.A4);
        byte[] pdf = PrintFixture.pdf("en", Paper.A4);
        String job = "nightcramp-test-pageable-" + System.nanoTime();
        PdfPrinting standard = PdfPrinting.standard();
        PrintService real = standard.system().services().stream()
                .filter(s -> s.getName().equals(queue.get().name())).findFirst().orElseThrow();
        PrintSystem withoutPdf = new NoPdf(standard.system(), noPdf(real));
        PdfPrinting printing = new PdfPrinting(withoutPdf, PdfPrinting.standardFallback(),
                time -> Thread.sleep(time.toMillis()), Duration.ofSeconds(10));

        PrintReport report = printing.print(pdf, new PrintOrder(real.getName(), 1, Paper.A4, job));

        assertTrue(report.sent(), report::toString);
        Path printed = queue.get().awaitFile(job, PRINTED_WITHIN);
        checkPrinted(printed, plan, Paper.A4, pdf);
        Files.delete(printed);
    }

    private static void checkPrinted(Path printed, PagePlan plan, Paper paper, byte[] saved) throws IOException {
        double biggest = plan.pages().stream().flatMap(p -> p.items().stream())
                .filter(Drawn.Picture.class::isInstance).map(Drawn.Picture.class::cast)
                .mapToDouble(p -> Math.max(p.width(), p.height())).max().orElse(0);
        try (PDDocument doc = Loader.loadPDF(printed.toFile()); PDDocument original = Loader.loadPDF(saved)) {
            assertEquals(original.getNumberOfPages(), doc.getNumberOfPages(), "pages, as in the saved PDF");
            assertEquals(plan.pages().size(), doc.getNumberOfPages());
            for (PDPage page : doc.getPages()) {
                var box = page.getMediaBox();
                assertEquals(paper.width(), box.getWidth(), 1.5, "width of " + printed.getFileName());
                assertEquals(paper.height(), box.getHeight(), 1.5, "height of " + printed.getFileName());
                for (PlacedImages.Placed image : PlacedImages.on(page)) {
                    assertTrue(Math.max(image.width(), image.height()) <= biggest + 1,
                            "a bitmap of " + image + " is bigger than a step-card drawing (" + biggest + " pt)");
                }
            }
        }
    }

    /** The real service, except that it says it takes no PDF. */
    private static PrintService noPdf(PrintService real) {
        return (PrintService) Proxy.newProxyInstance(CupsPrintingTest.class.getClassLoader(),
                new Class<?>[] {PrintService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("isDocFlavorSupported") && DocFlavor.INPUT_STREAM.PDF.equals(args[0])) {
                        return false;
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private record NoPdf(PrintSystem real, PrintService service) implements PrintSystem {
        @Override
        public List<PrintService> services() {
            return List.of(service);
        }

        @Override
        public PrinterStatus status(PrintService printer) {
            return real.status(printer);
        }

        @Override
        public Optional<String> missingCommand() {
            return real.missingCommand();
        }

        @Override
        public Optional<Set<String>> jobs(String printer) {
            return real.jobs(printer);
        }
    }

    /** A CUPS queue that writes PDF files with cups-pdf, and the folder they land in. */
    record CupsPdfQueue(String name, List<Path> folders) {

        static Optional<CupsPdfQueue> find() {
            Optional<String> devices = lpstat("-v");
            if (devices.isEmpty()) {
                return Optional.empty();
            }
            String fallback = lpstat("-d").orElse("").replaceFirst("(?s).*destination: *", "").strip();
            List<String> queues = devices.get().lines().filter(l -> l.contains("cups-pdf:/"))
                    .map(l -> l.replaceFirst("^device for ([^:]+):.*$", "$1").strip()).toList();
            if (queues.isEmpty()) {
                return Optional.empty();
            }
            String name = queues.contains(fallback) ? fallback : queues.get(0);
            return Optional.of(new CupsPdfQueue(name, folders(name)));
        }

        /** cups-pdf's Out folder (a per-queue cups-pdf-NAME.conf wins), and its folder for anonymous jobs. */
        private static List<Path> folders(String name) {
            String home = System.getProperty("user.home");
            String user = System.getProperty("user.name");
            String out = setting(Path.of("/etc/cups/cups-pdf-" + name + ".conf"), "Out")
                    .or(() -> setting(Path.of("/etc/cups/cups-pdf.conf"), "Out")).orElse("${HOME}/PDF");
            String anonymous = setting(Path.of("/etc/cups/cups-pdf.conf"), "AnonDirName")
                    .orElse("/var/spool/cups-pdf/ANONYMOUS");
            return Stream.of(out, anonymous).map(d -> d.replace("${HOME}", home).replace("${USER}", user))
                    .map(Path::of).toList();
        }

        private static Optional<String> setting(Path conf, String key) {
            try {
                return Files.readAllLines(conf, StandardCharsets.UTF_8).stream().map(String::strip)
                        .filter(l -> l.startsWith(key + " ")).map(l -> l.substring(key.length()).strip()).findFirst();
            } catch (IOException e) {
                return Optional.empty();
            }
        }

        /** The printed file whose name holds {@code token}, once cups-pdf has finished writing it. */
        Path awaitFile(String token, Duration within) throws Exception {
            Path[] found = new Path[1];
            WaitForAsyncUtils.waitFor(within.toSeconds(), TimeUnit.SECONDS, () -> {
                found[0] = written(token).orElse(null);
                return found[0] != null;
            });
            return found[0];
        }

        /** The size each candidate had at the last look; a file is read only once it stops growing. */
        private static final java.util.Map<Path, Long> SIZES = new java.util.concurrent.ConcurrentHashMap<>();

        private Optional<Path> written(String token) throws IOException {
            for (Path folder : folders) {
                if (!Files.isDirectory(folder)) {
                    continue;
                }
                try (Stream<Path> files = Files.list(folder)) {
                    Optional<Path> file = files.filter(f -> f.getFileName().toString().contains(token)
                            && f.getFileName().toString().endsWith(".pdf")).findFirst();
                    // cups-pdf writes the file in place: it is done once a PDF reader can open it.
                    if (file.isPresent() && settled(file.get()) && complete(file.get())) {
                        return file;
                    }
                }
            }
            return Optional.empty();
        }

        private static boolean settled(Path file) throws IOException {
            long size = Files.size(file);
            Long before = SIZES.put(file, size);
            return size > 0 && before != null && before == size;
        }

        private static boolean complete(Path file) {
            try (PDDocument doc = Loader.loadPDF(file.toFile())) {
                return doc.getNumberOfPages() > 0;
            } catch (IOException e) {
                return false;
            }
        }

        private static Optional<String> lpstat(String option) {
            try {
                ProcessBuilder builder = new ProcessBuilder("lpstat", option).redirectErrorStream(true);
                builder.environment().put("LC_ALL", "C");
                Process process = builder.start();
                process.getOutputStream().close();
                String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                return process.waitFor(20, TimeUnit.SECONDS) && process.exitValue() == 0 ? Optional.of(text)
                        : Optional.empty();
            } catch (IOException e) {
                return Optional.empty();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }
}
