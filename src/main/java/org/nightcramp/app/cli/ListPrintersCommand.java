package org.nightcramp.app.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.nightcramp.l10n.Texts;
import org.nightcramp.sheet.print.PdfPrinting;
import org.nightcramp.sheet.print.PrintMessages;
import org.nightcramp.sheet.print.PrinterEntry;

/**
 * {@code --list-printers}: the printers the app can print to, the default first, with what they
 * are doing. Exit 0 when there is one to print to, 1 when there is none or printing cannot work.
 */
final class ListPrintersCommand {

    private final PrintStream out;
    private final PrintStream err;
    private final Texts words;
    private final PdfPrinting printing;

    ListPrintersCommand(PrintStream out, PrintStream err, Locale locale, PdfPrinting printing) {
        this.out = out;
        this.err = err;
        this.words = Texts.ui(locale);
        this.printing = printing;
    }

    int run() {
        List<PrinterEntry> printers = printing.printers();
        if (printers.isEmpty()) {
            err.println(words.text("sheet.cli.noPrinters"));
            return ConsoleCommands.PROBLEMS;
        }
        out.println(words.text("sheet.cli.printerList"));
        printers.forEach(p -> out.println("  " + PrintMessages.printer(words, p)));
        var missing = printing.system().missingCommand();
        if (missing.isPresent()) {
            err.println(words.text("sheet.print.noCommand", missing.get()));
            return ConsoleCommands.PROBLEMS;
        }
        return ConsoleCommands.OK;
    }
}
