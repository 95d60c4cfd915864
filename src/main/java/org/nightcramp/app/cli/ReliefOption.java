package org.nightcramp.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code --relief ROUTINE}: open the Relief page and start that routine at once, such as
 * {@code cramp-now} or {@code before-bed} (the desktop entry's actions). Taken out of the arguments
 * before the rest are parsed, so the command line's record stays as it is.
 *
 * @param routine the routine's id in the content, when asked for
 * @param rest    every other argument, in order
 */
public record ReliefOption(Optional<String> routine, List<String> rest) {

    static final String NAME = "--relief";

    public static ReliefOption split(List<String> args) throws CommandLine.UsageException {
        Optional<String> routine = Optional.empty();
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals(NAME) || arg.startsWith(NAME + "=")) {
                String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1)
                        : i + 1 < args.size() && !args.get(i + 1).startsWith("--") ? args.get(++i) : "";
                if (value.isBlank()) {
                    throw new CommandLine.UsageException("cli.missingValue", NAME);
                }
                routine = Optional.of(value);
            } else {
                rest.add(arg);
            }
        }
        return new ReliefOption(routine, List.copyOf(rest));
    }
}
