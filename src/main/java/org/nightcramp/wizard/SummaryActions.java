package org.nightcramp.wizard;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the summary's buttons do. The relief routine and the advice sheet are optional: their
 * buttons show only when the app has them.
 *
 * @param openReader  opens the reader at a section, such as {@code cause:cold}
 * @param openHelp    opens the urgent help panel
 * @param startRelief starts the relief routine, when the app has one
 * @param makeSheet   makes the advice sheet, when the app has one
 */
public record SummaryActions(Consumer<String> openReader, Runnable openHelp, Optional<Runnable> startRelief,
                             Optional<Runnable> makeSheet) {

    public SummaryActions {
        Objects.requireNonNull(openReader, "openReader");
        Objects.requireNonNull(openHelp, "openHelp");
        Objects.requireNonNull(startRelief, "startRelief");
        Objects.requireNonNull(makeSheet, "makeSheet");
    }
}
