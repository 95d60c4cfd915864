package org.nightcramp.sheet.print;

import java.util.List;
import java.util.Optional;
import javax.print.PrintService;
import javax.print.attribute.PrintRequestAttributeSet;

/**
 * The system's own print dialog, for the options only it knows (two-sided, trays, page ranges);
 * an interface so tests need no desktop. Blocks, so it is shown off the JavaFX thread.
 */
public interface SystemPrintDialog {

    /** What the person chose in it. */
    record Choice(PrintService service, PrintRequestAttributeSet attributes) {
    }

    /** Java's print dialog, placed over the app. */
    static SystemPrintDialog standard() {
        return new AwtPrintDialog();
    }

    /** False where there is no desktop to show it on. */
    boolean available();

    /**
     * Shows the dialog with its top-left corner at (x, y) on the screen.
     *
     * @param attributes the panel's choices to start from; the dialog changes them in place
     * @return empty when the person cancels
     */
    Optional<Choice> show(List<PrintService> services, PrintService selected, PrintRequestAttributeSet attributes,
                          int x, int y);
}
