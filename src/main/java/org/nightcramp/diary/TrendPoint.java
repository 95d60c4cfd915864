package org.nightcramp.diary;

import java.time.LocalDate;

/**
 * One night of the trend. A night not logged is a gap ({@code logged} false, the numbers 0): the
 * chart leaves it empty rather than drawing it as a quiet night.
 */
public record TrendPoint(LocalDate night, boolean logged, int cramps, int worstSeverity, boolean stretched) {

    static TrendPoint of(NightEntry entry) {
        return new TrendPoint(entry.night(), true, entry.cramps(), entry.worstSeverity(), entry.stretched());
    }

    static TrendPoint gap(LocalDate night) {
        return new TrendPoint(night, false, 0, 0, false);
    }
}
