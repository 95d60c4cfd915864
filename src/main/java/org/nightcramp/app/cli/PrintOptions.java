package org.nightcramp.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.nightcramp.sheet.Paper;

/** Reads {@code --print-sheet}, {@code --printer}, {@code --copies} and {@code --list-printers} for CommandLine. */
final class PrintOptions {

    boolean print;
    boolean list;
    private Optional<String> printer = Optional.empty();
    private int copies = 1;
    private String printOnly;

    /**
     * Reads one option at {@code args[i]}; {@code inline} is its value after an equals sign.
     *
     * @return the index of the last argument used
     */
    int read(List<String> args, int i, String name, String inline) throws CommandLine.UsageException {
        switch (name) {
            case "--print-sheet" -> print = true;
            case "--list-printers" -> list = true;
            default -> {
                String value = inline;
                int last = i;
                if (value == null && i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                    value = args.get(++last);
                }
                if (value == null || value.isBlank()) {
                    throw new CommandLine.UsageException("cli.missingValue", name);
                }
                printOnly = name;
                if (name.equals("--printer")) {
                    printer = Optional.of(value);
                } else {
                    copies = copies(value);
                }
                return last;
            }
        }
        return i;
    }

    private static int copies(String value) throws CommandLine.UsageException {
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1 && n <= org.nightcramp.sheet.print.PrintOrder.MAX_COPIES) {
                return n;
            }
        } catch (NumberFormatException e) {
            // Falls through to the message below, which says what is allowed.
        }
        throw new CommandLine.UsageException("sheet.cli.badCopies", value);
    }

    /** The print options, or empty without --print-sheet. */
    Optional<SheetPrintOptions> options(Optional<Path> answers, Optional<Paper> paper, Optional<String> name)
            throws CommandLine.UsageException {
        if (!print) {
            if (printOnly != null) {
                throw new CommandLine.UsageException("sheet.cli.onlyWithPrint", printOnly);
            }
            return Optional.empty();
        }
        return Optional.of(new SheetPrintOptions(answers, paper, name, printer, copies));
    }
}
