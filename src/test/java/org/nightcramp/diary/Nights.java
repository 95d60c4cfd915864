package org.nightcramp.diary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Hand-made diaries for the tests. */
final class Nights {

    static final LocalDate START = LocalDate.of(2026, 3, 1);

    private Nights() {
    }

    static NightEntry night(LocalDate date, int cramps, int severity, boolean stretched) {
        return new NightEntry(date, cramps, severity, cramps > 0 ? 2 : 0, severity / 2,
                cramps > 0 ? Set.of(Place.LEFT_CALF) : Set.of(), stretched, false, false, "", List.of());
    }

    static NightEntry night(int dayOffset, int cramps, int severity, boolean stretched) {
        return night(START.plusDays(dayOffset), cramps, severity, stretched);
    }

    /** {@code count} nights in a row from {@code first}, all alike. */
    static List<NightEntry> run(int first, int count, int cramps, int severity, boolean stretched) {
        List<NightEntry> nights = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            nights.add(night(first + i, cramps, severity, stretched));
        }
        return nights;
    }
}
