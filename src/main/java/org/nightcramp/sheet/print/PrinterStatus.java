package org.nightcramp.sheet.print;

/** What a printer is doing, as far as the print system says. */
public enum PrinterStatus {
    /** Ready for a job. */
    IDLE,
    /** Printing or holding jobs; a new one waits its turn. */
    BUSY,
    /** Paused or refusing jobs: nothing sent to it would print. */
    STOPPED,
    /** The print system does not say. */
    UNKNOWN
}
