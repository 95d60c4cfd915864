package org.nightcramp.sheet.print;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.print.PrintService;

/**
 * The computer's printing, behind an interface so tests can hand in fake print services and
 * a fake queue: which printers there are, what they are doing, and whether a job arrived.
 */
public interface PrintSystem {

    /** The printers, the default first. */
    List<PrintService> services();

    /** Whether the printer is idle, busy or stopped. */
    PrinterStatus status(PrintService service);

    /**
     * A command Java hands print jobs to and this computer lacks, such as {@code lpr} on Linux,
     * where Java would otherwise lose the job; empty when nothing is missing.
     */
    Optional<String> missingCommand();

    /**
     * The ids of the jobs the printer's queue holds or has finished, to tell afterwards which is
     * ours; empty when the queue cannot be asked (no CUPS).
     */
    Optional<Set<String>> jobs(String printer);
}
