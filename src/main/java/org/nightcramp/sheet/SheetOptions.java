package org.nightcramp.sheet;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the person chose for their sheet.
 *
 * @param name    shown under the title; blank for none
 * @param note    "questions for my doctor"; blank leaves the box out
 * @param country ISO country code that picks the emergency number, such as {@code GB}
 */
public record SheetOptions(String name, String note, LocalDate date, String country) {

    public SheetOptions {
        name = Objects.requireNonNullElse(name, "").strip();
        note = Objects.requireNonNullElse(note, "").strip();
        Objects.requireNonNull(date, "date");
        country = Objects.requireNonNullElse(country, "");
    }
}
