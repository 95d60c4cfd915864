package org.nightcramp.sheet.print;

import java.awt.print.Pageable;
import java.awt.print.PrinterException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.print.DocFlavor;
import javax.print.DocPrintJob;
import javax.print.PrintException;
import javax.print.PrintService;
import javax.print.SimpleDoc;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.Copies;
import javax.print.attribute.standard.Destination;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.MediaSizeName;
import javax.print.attribute.standard.OrientationRequested;
import javax.print.attribute.standard.PageRanges;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.Orientation;
import org.apache.pdfbox.printing.PDFPageable;
import org.nightcramp.sheet.Paper;
import org.nightcramp.sheet.print.PrintReport.Result;

/**
 * Prints the sheet's PDF, the very bytes Save as PDF writes, so the printout has the preview's
 * page breaks, its fonts and its vector drawings. A printer that takes PDF gets the file itself
 * with the paper, orientation, copies and job name as job attributes; any other gets the same
 * pages drawn by PDFBox through {@link java.awt.print.PrinterJob}. Blocks, so call it off the
 * JavaFX thread. A job counts as sent only once the print system says it took it.
 */
public final class PdfPrinting {

    private static final System.Logger LOG = System.getLogger(PdfPrinting.class.getName());

    /** Prints pages through the JDK's printer job; a fake in tests. */
    public interface PageableSender {
        void send(PrintService service, Pageable pages, PrintRequestAttributeSet attributes) throws PrinterException;
    }

    /** Waits between looks at the print queue; tests pass one that returns at once. */
    public interface Pause {
        void pause(Duration time) throws InterruptedException;
    }

    private final PrintSystem system;
    private final PageableSender fallback;
    private final Pause pause;
    private final Duration patience;

    /** @param patience how long to wait for the print system to show the job before calling it lost */
    public PdfPrinting(PrintSystem system, PageableSender fallback, Pause pause, Duration patience) {
        this.system = system;
        this.fallback = fallback;
        this.pause = pause;
        this.patience = patience;
    }

    /** The app's printing: the computer's printers, the JDK's printer job, five seconds' patience. */
    public static PdfPrinting standard() {
        return new PdfPrinting(new JavaPrintSystem(), standardFallback(), time -> Thread.sleep(time.toMillis()),
                Duration.ofSeconds(5));
    }

    /** PDFBox's pages on the JDK's {@link java.awt.print.PrinterJob}, for printers that do not take PDF. */
    public static PageableSender standardFallback() {
        return PdfPrinting::sendWithPrinterJob;
    }

    public PrintSystem system() {
        return system;
    }

    /** The printers with what they are doing, the default first. */
    public List<PrinterEntry> printers() {
        List<PrintService> services = system.services();
        List<PrinterEntry> entries = new ArrayList<>();
        for (int i = 0; i < services.size(); i++) {
            entries.add(new PrinterEntry(services.get(i).getName(), system.status(services.get(i)), i == 0));
        }
        return entries;
    }

    /** Sends {@code pdf} as {@code order} says; never throws for a printing problem, it reports it. */
    public PrintReport print(byte[] pdf, PrintOrder order) {
        Optional<String> missing = system.missingCommand();
        if (missing.isPresent()) {
            return PrintReport.problem(Result.NO_PRINT_COMMAND, order.printer(), missing.get());
        }
        List<PrintService> services = system.services();
        if (services.isEmpty()) {
            return PrintReport.problem(Result.NO_PRINTERS, order.printer(), "no print services");
        }
        Optional<PrintService> found = services.stream().filter(s -> s.getName().equals(order.printer())).findFirst();
        if (found.isEmpty()) {
            return PrintReport.problem(Result.PRINTER_MISSING, order.printer(), "not among " + names(services));
        }
        PrintService service = found.get();
        if (system.status(service) == PrinterStatus.STOPPED) {
            return PrintReport.problem(Result.PRINTER_STOPPED, order.printer(), "the queue is stopped or refuses jobs");
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            byte[] data = PageSelection.apply(document, order.extras()).orElse(pdf);
            int pages = document.getNumberOfPages();
            // "Print to file" in the system dialog writes the file instead of queueing a job.
            Optional<String> file = order.extras().stream().filter(Destination.class::isInstance)
                    .map(d -> ((Destination) d).getURI()).map(PdfPrinting::fileName).findFirst();
            Optional<Set<String>> before = file.isPresent() ? Optional.empty() : system.jobs(service.getName());
            Optional<String> refused = service.isDocFlavorSupported(DocFlavor.INPUT_STREAM.PDF)
                    ? sendPdf(service, data, attributes(order))
                    : sendPages(service, document, attributes(order));
            if (refused.isPresent()) {
                LOG.log(System.Logger.Level.WARNING, "The printer " + order.printer() + " did not take the job: "
                        + refused.get());
                return PrintReport.problem(Result.NOT_TAKEN, order.printer(), refused.get());
            }
            if (before.isPresent() && !arrived(service.getName(), before.get())) {
                return PrintReport.problem(Result.NOT_TAKEN, order.printer(), "no new job in the queue after "
                        + patience.toSeconds() + " s");
            }
            return PrintReport.sent(file.orElse(order.printer()), pages, copies(order));
        } catch (IOException e) {
            // The bytes come from our own writer; unreadable means a bug, not the person's doing.
            LOG.log(System.Logger.Level.ERROR, "Cannot read the sheet's PDF to print it", e);
            return PrintReport.problem(Result.NOT_TAKEN, order.printer(), "unreadable PDF: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return PrintReport.problem(Result.NOT_TAKEN, order.printer(), "interrupted");
        }
    }

    /** The job attributes: the system dialog's choices win over the panel's. */
    static PrintRequestAttributeSet attributes(PrintOrder order) {
        PrintRequestAttributeSet set = new HashPrintRequestAttributeSet();
        set.add(order.paper() == Paper.LETTER ? MediaSizeName.NA_LETTER : MediaSizeName.ISO_A4);
        set.add(OrientationRequested.PORTRAIT);
        set.add(new Copies(order.copies()));
        set.add(new JobName(order.jobName(), null));
        order.extras().forEach(set::add);
        // Page ranges are applied to the document itself (PageSelection), so every printer honours them.
        set.remove(PageRanges.class);
        return set;
    }

    private Optional<String> sendPdf(PrintService service, byte[] data, PrintRequestAttributeSet attributes)
            throws InterruptedException {
        DocPrintJob job = service.createPrintJob();
        JobEvents events = new JobEvents();
        job.addPrintJobListener(events);
        try {
            job.print(new SimpleDoc(new ByteArrayInputStream(data), DocFlavor.INPUT_STREAM.PDF, null), attributes);
        } catch (PrintException e) {
            LOG.log(System.Logger.Level.DEBUG, "Print job refused", e);
            return Optional.of(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        return events.outcome(patience);
    }

    private Optional<String> sendPages(PrintService service, PDDocument document, PrintRequestAttributeSet attributes) {
        try {
            // Page by page at the PDF's own size, drawn as vectors (no dpi given, so nothing is rasterised).
            fallback.send(service, new PDFPageable(document, Orientation.PORTRAIT), attributes);
            return Optional.empty();
        } catch (PrinterException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "Printer job refused", e);
            return Optional.of(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    /** Whether a job the queue did not hold before turns up within our patience. */
    private boolean arrived(String printer, Set<String> before) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            Optional<Set<String>> now = system.jobs(printer);
            if (now.isEmpty() || now.get().stream().anyMatch(id -> !before.contains(id))) {
                // A queue that stops answering after taking a job is not a reason to say it failed.
                return true;
            }
            if (System.nanoTime() >= deadline) {
                return false;
            }
            pause.pause(Duration.ofMillis(200));
        }
    }

    private static String fileName(java.net.URI uri) {
        try {
            return java.nio.file.Path.of(uri).toString();
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return uri.toString();
        }
    }

    private static int copies(PrintOrder order) {
        return order.extras().stream().filter(Copies.class::isInstance).map(c -> ((Copies) c).getValue())
                .findFirst().orElse(order.copies());
    }

    private static String names(List<PrintService> services) {
        return services.stream().map(PrintService::getName).toList().toString();
    }

    private static void sendWithPrinterJob(PrintService service, Pageable pages, PrintRequestAttributeSet attributes)
            throws PrinterException {
        java.awt.print.PrinterJob job = java.awt.print.PrinterJob.getPrinterJob();
        job.setPrintService(service);
        JobName name = (JobName) attributes.get(JobName.class);
        if (name != null) {
            job.setJobName(name.getValue());
        }
        job.setPageable(pages);
        job.print(attributes);
    }
}
