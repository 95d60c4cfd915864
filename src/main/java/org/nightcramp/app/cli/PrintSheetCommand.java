package org.nightcramp.app.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.nightcramp.l10n.Texts;
import org.nightcramp.sheet.print.PdfPrinting;
import org.nightcramp.sheet.print.PrintMessages;
import org.nightcramp.sheet.print.PrintOrder;
import org.nightcramp.sheet.print.PrintReport;
import org.nightcramp.sheet.print.PrinterEntry;

/**
 * {@code --print-sheet}: the same sheet {@code --export-sheet} saves, sent to a printer with no
 * window. Exit 0 only when the print system took the job.
 */
final class PrintSheetCommand {

    private final PrintStream out;
    private final PrintStream err;
    private final Locale locale;
    private final Clock clock;
    private final PdfPrinting printing;

    PrintSheetCommand(PrintStream out, PrintStream err, Locale locale, Clock clock, PdfPrinting printing) {
        this.out = out;
        this.err = err;
        this.locale = locale;
        this.clock = clock;
        this.printing = printing;
    }

    int run(CommandLine cmd) {
        SheetPrintOptions options = cmd.printSheet().orElseThrow();
        Optional<CliSheet.Made> made = new CliSheet(err, locale, clock).make(cmd, options.answers(), options.paper(),
                options.name());
        if (made.isEmpty()) {
            return ConsoleCommands.PROBLEMS;
        }
        Optional<String> printer = options.printer().or(() -> printing.printers().stream().findFirst()
                .map(PrinterEntry::name));
        if (printer.isEmpty() && printing.system().missingCommand().isEmpty()) {
            err.println(words().text("sheet.cli.noPrinters"));
            return ConsoleCommands.PROBLEMS;
        }
        var plan = made.get().plan();
        PrintOrder order = new PrintOrder(printer.orElse(""), options.copies(), made.get().paper(), plan.title(),
                List.of());
        byte[] pdf;
        try {
            pdf = made.get().service().pdf(plan);
        } catch (org.nightcramp.sheet.FontUnusableException e) {
            err.println(words().text("sheet.fontUnusable", e.problem().describe(locale)));
            return ConsoleCommands.PROBLEMS;
        }
        PrintReport report = printing.print(pdf, order);
        switch (report.result()) {
            case SENT -> {
                out.println(words().text("sheet.cli.printed", report.pages(), made.get().paper().label(),
                        report.printer(), report.copies()));
                return ConsoleCommands.OK;
            }
            case PRINTER_MISSING -> err.println(words().text("sheet.cli.printerMissing", report.printer()));
            case NO_PRINTERS -> err.println(words().text("sheet.cli.noPrinters"));
            default -> err.println(PrintMessages.report(words(), report));
        }
        return ConsoleCommands.PROBLEMS;
    }

    private Texts words() {
        return Texts.ui(locale);
    }
}
