package org.nightcramp.diary;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An answer to "Did it help?" after a Cramp-now routine, as the diary keeps it. The diary has its
 * own copy of the answers (the same codes as relief's) so the sheet may read it without relief.
 */
public enum ReliefAnswer {
    YES("yes"),
    A_LITTLE("a-little"),
    NO("no");

    private final String code;

    ReliefAnswer(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }
}
