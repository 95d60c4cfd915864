package org.nightcramp.diary;

import java.time.LocalDate;
import java.util.Objects;

/** A warning raised by the diary, and the night it was raised for (the last night of a frequent run). */
public record DiaryAlert(DiaryWarning warning, LocalDate night) {

    public DiaryAlert {
        Objects.requireNonNull(warning, "warning");
        Objects.requireNonNull(night, "night");
    }
}
