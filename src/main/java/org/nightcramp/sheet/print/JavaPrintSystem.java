package org.nightcramp.sheet.print;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.attribute.standard.PrinterIsAcceptingJobs;
import javax.print.attribute.standard.PrinterState;
import javax.print.attribute.standard.QueuedJobCount;

/**
 * The computer's printers as Java's print services see them, with CUPS asked through
 * {@code lpstat} where there is one (Linux, macOS) for what Java cannot say.
 */
final class JavaPrintSystem implements PrintSystem {

    /** The command Java's Unix print jobs run, hard-coded in the JDK (sun.print.UnixPrintJob). */
    static final Path LPR = Path.of("/usr/bin/lpr");

    private static final long FRESH_NANOS = 2_000_000_000L;

    private final CupsQueues cups;
    private final Path lpr;
    private final boolean windows;
    private volatile Asked asked;

    JavaPrintSystem() {
        this(new CupsQueues("lpstat"), LPR, System.getProperty("os.name", "").toLowerCase(Locale.ROOT)
                .startsWith("windows"));
    }

    JavaPrintSystem(CupsQueues cups, Path lpr, boolean windows) {
        this.cups = cups;
        this.lpr = lpr;
        this.windows = windows;
    }

    @Override
    public List<PrintService> services() {
        PrintService fallback = PrintServiceLookup.lookupDefaultPrintService();
        List<PrintService> services = new ArrayList<>();
        if (fallback != null) {
            services.add(fallback);
        }
        for (PrintService service : PrintServiceLookup.lookupPrintServices(null, null)) {
            if (fallback == null || !service.getName().equals(fallback.getName())) {
                services.add(service);
            }
        }
        return services;
    }

    @Override
    public PrinterStatus status(PrintService service) {
        Optional<PrinterStatus> queue = queues().map(all -> all.get(service.getName()));
        if (queue.isPresent() && queue.get() != null) {
            return queue.get();
        }
        return fromJava(service);
    }

    /** One lpstat run serves the whole printer list, not one per printer. */
    private Optional<Map<String, PrinterStatus>> queues() {
        Asked last = asked;
        long now = System.nanoTime();
        if (last == null || now - last.at() > FRESH_NANOS) {
            last = new Asked(cups.statuses(), now);
            asked = last;
        }
        return last.statuses();
    }

    private record Asked(Optional<Map<String, PrinterStatus>> statuses, long at) {
    }

    /** What Java's own attributes say: Windows reports all three, CUPS through Java only some. */
    static PrinterStatus fromJava(PrintService service) {
        if (service.getAttribute(PrinterIsAcceptingJobs.class) == PrinterIsAcceptingJobs.NOT_ACCEPTING_JOBS) {
            return PrinterStatus.STOPPED;
        }
        PrinterState state = service.getAttribute(PrinterState.class);
        if (state == PrinterState.STOPPED) {
            return PrinterStatus.STOPPED;
        }
        QueuedJobCount queued = service.getAttribute(QueuedJobCount.class);
        if (state == PrinterState.PROCESSING || queued != null && queued.getValue() > 0) {
            return PrinterStatus.BUSY;
        }
        if (state == PrinterState.IDLE || queued != null) {
            return PrinterStatus.IDLE;
        }
        return PrinterStatus.UNKNOWN;
    }

    @Override
    public Optional<String> missingCommand() {
        // Without lpr a Unix JDK loses the job while its own print call succeeds.
        return windows || Files.isExecutable(lpr) ? Optional.empty() : Optional.of("lpr");
    }

    @Override
    public Optional<Set<String>> jobs(String printer) {
        return cups.jobs(printer);
    }
}
