package org.nightcramp.app.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.nightcramp.sheet.Paper;

/**
 * What {@code --export-sheet OUT.pdf} was asked for.
 *
 * @param answers the answers file; empty for the ones the app saved in the data folder
 * @param paper   empty for the locale's usual paper
 * @param force   replace {@code output} when it exists
 */
public record SheetExportOptions(Path output, Optional<Path> answers, Optional<Paper> paper,
                                 Optional<String> name, boolean force) {
}
