package org.nightcramp.diary;

import java.util.List;
import java.util.Optional;

/**
 * Averages over a set of logged nights.
 *
 * @param nights        how many nights they are taken over
 * @param cramps        cramps a night (a night logged as 10+ counts as 10)
 * @param worstSeverity the worst severity a night, 0 on a quiet night
 */
public record Averages(int nights, double cramps, double worstSeverity) {

    /** The averages of these nights; empty when there are none. */
    public static Optional<Averages> of(List<NightEntry> entries) {
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        double cramps = entries.stream().mapToInt(NightEntry::cramps).average().orElseThrow();
        double severity = entries.stream().mapToInt(NightEntry::worstSeverity).average().orElseThrow();
        return Optional.of(new Averages(entries.size(), cramps, severity));
    }
}
