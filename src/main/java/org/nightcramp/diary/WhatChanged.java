package org.nightcramp.diary;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * "What changed": the diary's two honest comparisons, each shown only when both sides have at
 * least {@value #MIN_NIGHTS} nights logged, so one odd night cannot make a difference look real.
 *
 * @param stretch {@code first} the nights with the Before-bed stretch, {@code second} those without,
 *                over the whole diary up to the last night
 * @param recent  {@code first} the last 14 nights, {@code second} the 14 before them
 */
public record WhatChanged(Optional<Comparison> stretch, Optional<Comparison> recent) {

    /** Fewest nights on each side of a comparison. */
    public static final int MIN_NIGHTS = 7;
    /** Nights in each half of the recent comparison. */
    public static final int RECENT_NIGHTS = 14;

    /** The comparisons for the diary as it stands on {@code lastNight}; later entries are left out. */
    public static WhatChanged of(Diary diary, LocalDate lastNight) {
        List<NightEntry> upTo = diary.between(LocalDate.MIN, lastNight);
        List<NightEntry> with = upTo.stream().filter(NightEntry::stretched).toList();
        List<NightEntry> without = upTo.stream().filter(e -> !e.stretched()).toList();
        LocalDate recentFirst = lastNight.minusDays(RECENT_NIGHTS - 1L);
        List<NightEntry> recent = diary.between(recentFirst, lastNight);
        List<NightEntry> before = diary.between(recentFirst.minusDays(RECENT_NIGHTS), recentFirst.minusDays(1));
        return new WhatChanged(compare(with, without), compare(recent, before));
    }

    /** Whether there is anything to show yet. */
    public boolean isEmpty() {
        return stretch.isEmpty() && recent.isEmpty();
    }

    private static Optional<Comparison> compare(List<NightEntry> first, List<NightEntry> second) {
        if (first.size() < MIN_NIGHTS || second.size() < MIN_NIGHTS) {
            return Optional.empty();
        }
        return Optional.of(new Comparison(Averages.of(first).orElseThrow(), Averages.of(second).orElseThrow()));
    }
}
