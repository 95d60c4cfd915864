package org.nightcramp.sheet.print;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.print.PrintService;
import javax.print.attribute.PrintRequestAttributeSet;

/**
 * A computer's printing made of fake print services and a fake CUPS queue that lists a job
 * once a fake printer takes it; with it, a printing service that never waits.
 */
public final class FakePrintSystem implements PrintSystem {

    public final List<FakePrintService> services = new ArrayList<>();
    public final Map<String, PrinterStatus> statuses = new HashMap<>();
    public Optional<String> missingCommand = Optional.empty();
    /** False for a computer without CUPS, whose queues cannot be asked. */
    public boolean hasQueues = true;
    /** False for a queue that never shows the job, as when lpr failed quietly. */
    public boolean queueShowsJobs = true;
    private final Map<String, Set<String>> queues = new HashMap<>();
    /** What the fallback printer job was given, read while the document was open. */
    final List<Pages> pageables = new ArrayList<>();
    final List<PrintRequestAttributeSet> pageableAttributes = new ArrayList<>();

    /** How many pages a printer job got, and the size of the first. */
    record Pages(int count, double width, double height) {
    }

    public FakePrintService add(String name, PrinterStatus status) {
        FakePrintService service = new FakePrintService(name);
        service.onTaken = () -> listJob(name);
        services.add(service);
        statuses.put(name, status);
        queues.put(name, new LinkedHashSet<>(List.of(name + "-1")));
        return service;
    }

    private void listJob(String name) {
        if (queueShowsJobs) {
            Set<String> jobs = queues.get(name);
            jobs.add(name + "-" + (jobs.size() + 1));
        }
    }

    /** The printing service on these fakes; the fallback keeps the pages and lists the job. */
    public PdfPrinting printing() {
        return new PdfPrinting(this, (service, pages, attributes) -> {
            pageables.add(new Pages(pages.getNumberOfPages(), pages.getPageFormat(0).getWidth(),
                    pages.getPageFormat(0).getHeight()));
            pageableAttributes.add(attributes);
            listJob(service.getName());
        }, time -> { }, Duration.ZERO);
    }

    @Override
    public List<PrintService> services() {
        return List.copyOf(services);
    }

    @Override
    public PrinterStatus status(PrintService service) {
        return statuses.getOrDefault(service.getName(), PrinterStatus.UNKNOWN);
    }

    @Override
    public Optional<String> missingCommand() {
        return missingCommand;
    }

    @Override
    public Optional<Set<String>> jobs(String printer) {
        return hasQueues ? Optional.ofNullable(queues.get(printer)).map(Set::copyOf) : Optional.empty();
    }
}
