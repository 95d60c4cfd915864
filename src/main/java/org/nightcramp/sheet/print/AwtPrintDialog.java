package org.nightcramp.sheet.print;

import java.awt.GraphicsEnvironment;
import java.util.List;
import java.util.Optional;
import javax.print.DocFlavor;
import javax.print.PrintService;
import javax.print.ServiceUI;
import javax.print.attribute.PrintRequestAttributeSet;

/**
 * Java's print dialog ({@link ServiceUI}), which lists the system's printers with every option
 * their drivers offer. Placed over the app's window: without a position it opens at the corner
 * of the screen.
 */
final class AwtPrintDialog implements SystemPrintDialog {

    @Override
    public boolean available() {
        return !GraphicsEnvironment.isHeadless();
    }

    @Override
    public Optional<Choice> show(List<PrintService> services, PrintService selected,
                                 PrintRequestAttributeSet attributes, int x, int y) {
        PrintService chosen = ServiceUI.printDialog(null, x, y, services.toArray(PrintService[]::new), selected,
                DocFlavor.INPUT_STREAM.PDF, attributes);
        return Optional.ofNullable(chosen).map(service -> new Choice(service, attributes));
    }
}
