package org.nightcramp.diary;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/** Where a night's cramps were; the codes are the ones the CSV and {@code diary.json} use. */
public enum Place {
    LEFT_CALF("left-calf"),
    RIGHT_CALF("right-calf"),
    LEFT_FOOT("left-foot"),
    RIGHT_FOOT("right-foot"),
    THIGH("thigh"),
    BOTH("both");

    private final String code;

    Place(String code) {
        this.code = code;
    }

    /** The code written to files, such as {@code left-calf}. */
    @JsonValue
    public String code() {
        return code;
    }

    /** The message key of its name in the UI bundles, such as {@code diary.place.left-calf}. */
    public String messageKey() {
        return "diary.place." + code;
    }

    /** The place with this exact code, if there is one. */
    public static Optional<Place> ofCode(String code) {
        for (Place place : values()) {
            if (place.code.equals(code)) {
                return Optional.of(place);
            }
        }
        return Optional.empty();
    }
}
