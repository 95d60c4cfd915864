package org.nightcramp.relief;

import java.time.Instant;
import java.util.Objects;

/**
 * One "Did it help?" answer, kept for later use (such as a diary).
 *
 * @param at      when it was given, ISO-8601 UTC such as {@code 2025-01-31T03:12:45Z}
 * @param routine the routine's id, such as {@code cramp-now}
 */
public record HelpRecord(String at, String routine, HelpAnswer answer) {

    public HelpRecord {
        Objects.requireNonNull(routine, "routine");
        Objects.requireNonNull(answer, "answer");
        // Parsed here so a hand-edited file with a bad date is reported as damaged when read.
        Instant.parse(Objects.requireNonNull(at, "at"));
    }

    public static HelpRecord of(Instant at, String routine, HelpAnswer answer) {
        return new HelpRecord(at.toString(), routine, answer);
    }

    public Instant instant() {
        return Instant.parse(at);
    }
}
