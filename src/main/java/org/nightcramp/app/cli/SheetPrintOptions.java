package org.nightcramp.app.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.nightcramp.sheet.Paper;

/**
 * What {@code --print-sheet} was asked for.
 *
 * @param answers the answers file; empty for the ones the app saved in the data folder
 * @param paper   empty for the locale's usual paper
 * @param printer empty for the computer's default printer
 * @param copies  1 to 99
 */
public record SheetPrintOptions(Optional<Path> answers, Optional<Paper> paper, Optional<String> name,
                                Optional<String> printer, int copies) {
}
