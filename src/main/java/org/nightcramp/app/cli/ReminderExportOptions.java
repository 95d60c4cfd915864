package org.nightcramp.app.cli;

import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * What {@code --export-reminder OUT.ics --time HH:MM} was asked for.
 *
 * @param force replace {@code output} when it exists
 */
public record ReminderExportOptions(Path output, LocalTime time, boolean force) {

    /** "22:30" or "7:05"; seconds and anything else are refused. */
    public static Optional<LocalTime> parseTime(String text) {
        if (!text.matches("\\d{1,2}:\\d{2}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalTime.parse(text.length() == 4 ? "0" + text : text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
