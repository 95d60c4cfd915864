package org.nightcramp.sheet.print;

import org.nightcramp.l10n.Texts;

/** What a person is told about a print and about a printer, in the panel and on the command line. */
public final class PrintMessages {

    private PrintMessages() {
    }

    /** Such as "Sent 3 pages to Office." or why nothing was sent and what to do instead. */
    public static String report(Texts words, PrintReport report) {
        return switch (report.result()) {
            case SENT -> report.copies() > 1
                    ? words.text("sheet.print.doneCopies", report.pages(), report.printer(), report.copies())
                    : words.text("sheet.print.done", report.pages(), report.printer());
            case NO_PRINTERS -> words.text("sheet.print.noPrinter");
            case PRINTER_MISSING -> words.text("sheet.print.missing", report.printer());
            case PRINTER_STOPPED -> words.text("sheet.print.stopped", report.printer());
            case NO_PRINT_COMMAND -> words.text("sheet.print.noCommand", report.detail());
            case NOT_TAKEN -> words.text("sheet.print.failed", report.printer());
        };
    }

    /** Such as "Office (default) · Ready". */
    public static String printer(Texts words, PrinterEntry entry) {
        String name = entry.isDefault() ? words.text("sheet.print.default", entry.name()) : entry.name();
        return switch (entry.status()) {
            case IDLE -> words.text("sheet.print.entry", name, words.text("sheet.print.state.idle"));
            case BUSY -> words.text("sheet.print.entry", name, words.text("sheet.print.state.busy"));
            case STOPPED -> words.text("sheet.print.entry", name, words.text("sheet.print.state.stopped"));
            case UNKNOWN -> name;
        };
    }
}
