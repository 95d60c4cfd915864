package org.nightcramp.diary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nightcramp.diary.Nights.START;
import static org.nightcramp.diary.Nights.night;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WarningRulesTest {

    private static NightEntry entry(int longest, boolean swollen) {
        return new NightEntry(START, 1, 5, longest, 2, Set.of(), false, false, swollen, "", List.of());
    }

    @Test
    void tenMinutesIsNotYetUrgentElevenIs() {
        assertTrue(WarningRules.urgentFor(entry(10, false)).isEmpty());
        assertEquals(List.of(DiaryWarning.LONG_CRAMP), WarningRules.urgentFor(entry(11, false)));
    }

    @Test
    void theSwollenLegBoxIsUrgentWhateverTheNumbers() {
        assertEquals(List.of(DiaryWarning.ONE_LEG_SWOLLEN), WarningRules.urgentFor(entry(0, true)));
        assertEquals(List.of(DiaryWarning.LONG_CRAMP, DiaryWarning.ONE_LEG_SWOLLEN),
                WarningRules.urgentFor(entry(30, true)));
        assertTrue(DiaryWarning.LONG_CRAMP.getHelpNow() && DiaryWarning.ONE_LEG_SWOLLEN.getHelpNow());
        assertFalse(DiaryWarning.FREQUENT_NIGHTS.getHelpNow());
    }

    @Test
    void anEmptyDiaryWarnsOfNothing() {
        assertTrue(WarningRules.check(Diary.empty(), START, 56).isEmpty());
    }

    @Test
    void fourCrampNightsAWeekForTwoWeeksSuggestsADoctor() {
        Diary diary = Diary.of(weeks(4, 4));
        assertEquals(List.of(new DiaryAlert(DiaryWarning.FREQUENT_NIGHTS, START.plusDays(13))),
                WarningRules.check(diary, START.plusDays(13), 14));
    }

    @Test
    void threeNightsInOneOfTheWeeksIsNotFrequent() {
        assertTrue(WarningRules.check(Diary.of(weeks(4, 3)), START.plusDays(13), 14).isEmpty());
        assertTrue(WarningRules.check(Diary.of(weeks(3, 4)), START.plusDays(13), 14).isEmpty());
        // One frequent week only fits in a range of 7 nights.
        assertTrue(WarningRules.check(Diary.of(weeks(4, 4)), START.plusDays(13), 7).isEmpty());
    }

    @Test
    void aFrequentRunEarlierInTheRangeIsFound() {
        List<NightEntry> nights = new ArrayList<>(weeks(5, 6));
        nights.addAll(Nights.run(14, 14, 0, 0, true));
        List<DiaryAlert> alerts = WarningRules.check(Diary.of(nights), START.plusDays(27), 28);
        assertEquals(List.of(new DiaryAlert(DiaryWarning.FREQUENT_NIGHTS, START.plusDays(13))), alerts);
        assertTrue(WarningRules.check(Diary.of(nights), START.plusDays(27), 14).isEmpty());
    }

    @Test
    void urgentNightsInTheRangeComeFirstOldestFirst() {
        Diary diary = Diary.of(List.of(entry(12, false), night(3, 1, 1, false),
                new NightEntry(START.plusDays(5), 1, 5, 1, 2, Set.of(), false, false, true, "", List.of())));
        assertEquals(List.of(new DiaryAlert(DiaryWarning.LONG_CRAMP, START),
                        new DiaryAlert(DiaryWarning.ONE_LEG_SWOLLEN, START.plusDays(5))),
                WarningRules.check(diary, START.plusDays(6), 14));
        assertEquals(1, WarningRules.check(diary, START.plusDays(6), 3).size());
    }

    @Test
    void theWordsSayTheRulesNumbers() {
        assertEquals(List.of(10), List.of(DiaryWarning.LONG_CRAMP.messageArgs()));
        assertEquals(List.of(4, 2), List.of(DiaryWarning.FREQUENT_NIGHTS.messageArgs()));
    }

    /** Two weeks from START with this many cramp nights in each (the rest logged as quiet). */
    private static List<NightEntry> weeks(int first, int second) {
        List<NightEntry> nights = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            int inWeek = i % 7;
            boolean cramp = inWeek < (i < 7 ? first : second);
            nights.add(night(i, cramp ? 2 : 0, cramp ? 4 : 0, false));
        }
        return nights;
    }
}
