package org.nightcramp.diary.page;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import javafx.util.StringConverter;

/**
 * Writes the night in the session's language and reads it back, or an ISO date (2026-12-04),
 * which works in every language; text that is neither keeps the night as it was.
 */
final class NightConverter extends StringConverter<LocalDate> {

    private final DateTimeFormatter format;

    NightConverter(DiaryText text) {
        this.format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(text.locale());
    }

    @Override
    public String toString(LocalDate night) {
        return night == null ? "" : format.format(night);
    }

    @Override
    public LocalDate fromString(String text) {
        String trimmed = text == null ? "" : text.strip();
        for (DateTimeFormatter f : new DateTimeFormatter[] {format, DateTimeFormatter.ISO_LOCAL_DATE}) {
            try {
                return LocalDate.parse(trimmed, f);
            } catch (DateTimeParseException e) {
                // Try the next way of writing it.
            }
        }
        return null;
    }
}
