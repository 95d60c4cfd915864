package org.nightcramp.diary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nightcramp.diary.Nights.START;
import static org.nightcramp.diary.Nights.night;
import static org.nightcramp.diary.Nights.run;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WhatChangedTest {

    @Test
    void anEmptyOrOneNightDiaryHasNothingToCompare() {
        assertTrue(WhatChanged.of(Diary.empty(), START).isEmpty());
        assertTrue(WhatChanged.of(Diary.of(List.of(night(0, 3, 5, true))), START).isEmpty());
    }

    @Test
    void withAndWithoutTheStretchOnceThereAreSevenNightsEach() {
        List<NightEntry> nights = new ArrayList<>(run(0, 7, 1, 2, true));
        nights.addAll(run(7, 6, 3, 6, false));
        Diary six = Diary.of(nights);
        assertTrue(WhatChanged.of(six, START.plusDays(12)).stretch().isEmpty());

        Diary seven = six.with(night(13, 4, 8, false));
        Comparison stretch = WhatChanged.of(seven, START.plusDays(13)).stretch().orElseThrow();
        assertEquals(new Averages(7, 1.0, 2.0), stretch.first());
        assertEquals(7, stretch.second().nights());
        assertEquals((6 * 3 + 4) / 7.0, stretch.second().cramps(), 1e-9);
        assertEquals((6 * 6 + 8) / 7.0, stretch.second().worstSeverity(), 1e-9);
    }

    @Test
    void nightsAfterTheLastNightAreLeftOut() {
        List<NightEntry> nights = new ArrayList<>(run(0, 7, 1, 2, true));
        nights.addAll(run(7, 7, 3, 6, false));
        assertTrue(WhatChanged.of(Diary.of(nights), START.plusDays(12)).stretch().isEmpty());
    }

    @Test
    void theLastTwoWeeksAgainstTheTwoBefore() {
        List<NightEntry> nights = new ArrayList<>(run(0, 14, 4, 8, false));
        nights.addAll(run(14, 14, 1, 3, true));
        Comparison recent = WhatChanged.of(Diary.of(nights), START.plusDays(27)).recent().orElseThrow();
        assertEquals(new Averages(14, 1.0, 3.0), recent.first());
        assertEquals(new Averages(14, 4.0, 8.0), recent.second());
    }

    @Test
    void gapsCountOnlyTheNightsLogged() {
        // Every other night for four weeks: seven nights in each half, just enough.
        List<NightEntry> nights = new ArrayList<>();
        for (int i = 0; i < 28; i += 2) {
            nights.add(night(i + 1, i < 14 ? 2 : 1, 4, false));
        }
        Comparison recent = WhatChanged.of(Diary.of(nights), START.plusDays(28)).recent().orElseThrow();
        assertEquals(7, recent.first().nights());
        assertEquals(1.0, recent.first().cramps());
        assertEquals(2.0, recent.second().cramps());
        // One night fewer in the older half and there is no comparison.
        Diary fewer = Diary.of(nights).without(START.plusDays(1));
        assertTrue(WhatChanged.of(fewer, START.plusDays(28)).recent().isEmpty());
    }

    @Test
    void aDuplicatedNightCountsOnce() {
        List<NightEntry> nights = new ArrayList<>(run(0, 7, 1, 2, true));
        nights.addAll(run(7, 7, 3, 6, false));
        nights.add(night(0, 1, 2, true));
        Comparison stretch = WhatChanged.of(new Diary(Diary.SCHEMA, nights), START.plusDays(13)).stretch().orElseThrow();
        assertEquals(7, stretch.first().nights());
    }
}
