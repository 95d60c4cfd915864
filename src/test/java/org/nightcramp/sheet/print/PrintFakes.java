package org.nightcramp.sheet.print;

import java.util.List;
import java.util.Optional;
import javax.print.PrintService;
import javax.print.attribute.PrintRequestAttributeSet;

/** Printing for tests elsewhere that need the sheet page but no printer. */
public final class PrintFakes {

    /** A system dialog that is never there, as on a server. */
    public static final SystemPrintDialog NO_DIALOG = new SystemPrintDialog() {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public Optional<Choice> show(List<PrintService> services, PrintService selected,
                                     PrintRequestAttributeSet attributes, int x, int y) {
            throw new AssertionError("the system dialog is not available");
        }
    };

    private PrintFakes() {
    }

    /** A computer with no printers at all. */
    public static PdfPrinting noPrinters() {
        return new FakePrintSystem().printing();
    }
}
