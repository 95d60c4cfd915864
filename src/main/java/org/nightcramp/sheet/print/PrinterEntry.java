package org.nightcramp.sheet.print;

import java.util.Objects;

/**
 * A printer as the print panel and {@code --list-printers} show it.
 *
 * @param isDefault the computer's default printer, listed first
 */
public record PrinterEntry(String name, PrinterStatus status, boolean isDefault) {

    public PrinterEntry {
        Objects.requireNonNull(name);
        Objects.requireNonNull(status);
    }
}
