package org.nightcramp.diary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * When the diary warns. The thresholds are the rule, stated once: the page, the sheet and the
 * tests all read them from here.
 */
public final class WarningRules {

    /** A cramp longer than this many minutes needs help now. */
    public static final int LONGEST_MINUTES_LIMIT = 10;
    /** Nights with cramps in a week that count as a frequent week. */
    public static final int FREQUENT_NIGHTS_A_WEEK = 4;
    /** Frequent weeks in a row that suggest seeing a doctor. */
    public static final int FREQUENT_WEEKS = 2;

    private WarningRules() {
    }

    /** The urgent warnings of one entry, checked the moment it is saved: empty for most nights. */
    public static List<DiaryWarning> urgentFor(NightEntry entry) {
        List<DiaryWarning> found = new ArrayList<>(2);
        if (entry.longestMinutes() > LONGEST_MINUTES_LIMIT) {
            found.add(DiaryWarning.LONG_CRAMP);
        }
        if (entry.oneLegSwollen()) {
            found.add(DiaryWarning.ONE_LEG_SWOLLEN);
        }
        return List.copyOf(found);
    }

    /**
     * Every warning in the {@code nights} nights ending with {@code lastNight}: each urgent entry,
     * oldest first, then one frequent-nights alert if any {@value #FREQUENT_WEEKS} weeks in a row
     * (counted back from the last night) each had {@value #FREQUENT_NIGHTS_A_WEEK} or more nights
     * with cramps.
     */
    public static List<DiaryAlert> check(Diary diary, LocalDate lastNight, int nights) {
        LocalDate first = lastNight.minusDays(nights - 1L);
        List<DiaryAlert> alerts = new ArrayList<>();
        for (NightEntry entry : diary.between(first, lastNight)) {
            urgentFor(entry).forEach(w -> alerts.add(new DiaryAlert(w, entry.night())));
        }
        frequentUntil(diary, first, lastNight)
                .ifPresent(night -> alerts.add(new DiaryAlert(DiaryWarning.FREQUENT_NIGHTS, night)));
        return List.copyOf(alerts);
    }

    /** The last night of the latest frequent run of weeks inside the range, if there is one. */
    private static Optional<LocalDate> frequentUntil(Diary diary, LocalDate first, LocalDate last) {
        int run = 0;
        LocalDate runEnd = null;
        // Walk whole weeks back from the last night; the first run found is the latest.
        for (LocalDate weekEnd = last; !weekEnd.minusDays(6).isBefore(first); weekEnd = weekEnd.minusDays(7)) {
            long crampNights = diary.between(weekEnd.minusDays(6), weekEnd).stream()
                    .filter(NightEntry::hadCramps).count();
            if (crampNights >= FREQUENT_NIGHTS_A_WEEK) {
                runEnd = run == 0 ? weekEnd : runEnd;
                run++;
                if (run == FREQUENT_WEEKS) {
                    return Optional.of(runEnd);
                }
            } else {
                run = 0;
            }
        }
        return Optional.empty();
    }
}
