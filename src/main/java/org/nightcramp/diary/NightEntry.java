package org.nightcramp.diary;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One night in the diary, dated by the evening it began (see {@link NightDates}).
 *
 * @param cramps           how many cramps, 0 to {@value #MAX_CRAMPS}, where {@value #MAX_CRAMPS} means that many or more
 * @param worstSeverity    the worst one, 0 (none) to {@value #MAX_SCALE}
 * @param longestMinutes   the longest one in whole minutes, 0 to {@value #MAX_MINUTES}
 * @param sleepDisturbance how much they disturbed sleep, 0 to {@value #MAX_SCALE}
 * @param where            the places, in {@link Place} order
 * @param stretched        whether the Before-bed stretch was done that evening
 * @param newMedicine      whether a new medicine was started
 * @param oneLegSwollen    the "one leg swollen, warm or red" box: a possible clot, see {@link WarningRules}
 * @param note             a short note, at most {@value #MAX_NOTE} characters
 * @param helped           the "Did it help?" answers of that night's Cramp-now routines, in order
 */
public record NightEntry(
        @JsonSerialize(using = ToStringSerializer.class) @JsonDeserialize(using = IsoDate.class) LocalDate night,
        int cramps, int worstSeverity, int longestMinutes, int sleepDisturbance, Set<Place> where,
        boolean stretched, boolean newMedicine, boolean oneLegSwollen, String note, List<ReliefAnswer> helped) {

    /** The top of the cramp count: the form and the CSV say "10+". */
    public static final int MAX_CRAMPS = 10;
    /** The top of the severity and sleep-disturbance scales. */
    public static final int MAX_SCALE = 10;
    /** Longest cramp accepted, in minutes; anything over ten is already a reason to get help. */
    public static final int MAX_MINUTES = 240;
    /** Longest note, in characters: a line or two for the doctor, not a journal. */
    public static final int MAX_NOTE = 500;
    /** Most "Did it help?" answers kept for one night. */
    public static final int MAX_HELPED = 20;

    public NightEntry {
        Objects.requireNonNull(night, "night");
        inRange("cramps", cramps, MAX_CRAMPS);
        inRange("worstSeverity", worstSeverity, MAX_SCALE);
        inRange("longestMinutes", longestMinutes, MAX_MINUTES);
        inRange("sleepDisturbance", sleepDisturbance, MAX_SCALE);
        where = where.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(where));
        Objects.requireNonNull(note, "note");
        if (note.length() > MAX_NOTE) {
            throw new IllegalArgumentException("note is longer than " + MAX_NOTE + " characters");
        }
        helped = List.copyOf(helped);
        if (helped.size() > MAX_HELPED) {
            throw new IllegalArgumentException("helped has more than " + MAX_HELPED + " answers");
        }
    }

    /** A night with nothing to report, the starting point of the form. */
    public static NightEntry quiet(LocalDate night) {
        return new NightEntry(night, 0, 0, 0, 0, Set.of(), false, false, false, "", List.of());
    }

    /** Whether there was at least one cramp that night. */
    public boolean hadCramps() {
        return cramps > 0;
    }

    /** The same night with one more cramp (up to {@value #MAX_CRAMPS}) and its Cramp-now answer. */
    public NightEntry withCrampNow(ReliefAnswer answer) {
        Objects.requireNonNull(answer, "answer");
        List<ReliefAnswer> answers = new ArrayList<>(helped);
        if (answers.size() == MAX_HELPED) {
            answers.remove(0);
        }
        answers.add(answer);
        return new NightEntry(night, Math.min(MAX_CRAMPS, cramps + 1), worstSeverity, longestMinutes,
                sleepDisturbance, where, stretched, newMedicine, oneLegSwollen, note, answers);
    }

    /** The same night with the Before-bed stretch marked done or not. */
    public NightEntry withStretched(boolean done) {
        return new NightEntry(night, cramps, worstSeverity, longestMinutes, sleepDisturbance, where, done,
                newMedicine, oneLegSwollen, note, helped);
    }

    /** This entry's diary fields with what a CSV row cannot carry (the clot box, the answers) from {@code kept}. */
    public NightEntry keeping(NightEntry kept) {
        return new NightEntry(night, cramps, worstSeverity, longestMinutes, sleepDisturbance, where, stretched,
                newMedicine, oneLegSwollen || kept.oneLegSwollen, note, kept.helped);
    }

    private static void inRange(String field, int value, int max) {
        if (value < 0 || value > max) {
            throw new IllegalArgumentException(field + " is " + value + ", not 0 to " + max);
        }
    }
}
