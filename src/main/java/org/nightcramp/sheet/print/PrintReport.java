package org.nightcramp.sheet.print;

import java.util.Objects;

/**
 * How a print ended. Only {@link Result#SENT} means the print system took the job.
 *
 * @param pages  pages sent, counted in the document itself
 * @param detail what went wrong in the print system's words, for the log; empty when sent
 */
public record PrintReport(Result result, String printer, int pages, int copies, String detail) {

    /** The outcomes a person is told about, each with its own message. */
    public enum Result {
        /** The print system accepted the job. */
        SENT,
        /** The computer has no printer at all. */
        NO_PRINTERS,
        /** The chosen printer is not (or no longer) there. */
        PRINTER_MISSING,
        /** The printer is paused or refuses jobs. */
        PRINTER_STOPPED,
        /** Java hands jobs to a command (lpr on Linux) that this computer lacks. */
        NO_PRINT_COMMAND,
        /** The printer or its queue refused the job, or never showed it. */
        NOT_TAKEN
    }

    public PrintReport {
        Objects.requireNonNull(result);
        Objects.requireNonNull(printer);
        Objects.requireNonNull(detail);
    }

    static PrintReport sent(String printer, int pages, int copies) {
        return new PrintReport(Result.SENT, printer, pages, copies, "");
    }

    static PrintReport problem(Result result, String printer, String detail) {
        return new PrintReport(result, printer, 0, 0, detail);
    }

    public boolean sent() {
        return result == Result.SENT;
    }
}
