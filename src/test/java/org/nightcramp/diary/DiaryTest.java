package org.nightcramp.diary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nightcramp.diary.Nights.START;
import static org.nightcramp.diary.Nights.night;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DiaryTest {

    @Test
    void anEmptyDiaryHasNoNights() {
        Diary diary = Diary.empty();
        assertTrue(diary.isEmpty());
        assertTrue(diary.firstNight().isEmpty());
        assertTrue(diary.between(START, START.plusDays(30)).isEmpty());
        assertEquals(NightEntry.quiet(START), diary.entryOrQuiet(START));
    }

    @Test
    void entriesAreKeptInNightOrder() {
        Diary diary = Diary.empty().with(night(5, 1, 3, false)).with(night(1, 2, 4, true)).with(night(3, 0, 0, true));
        assertEquals(List.of(START.plusDays(1), START.plusDays(3), START.plusDays(5)),
                diary.entries().stream().map(NightEntry::night).toList());
        assertEquals(START.plusDays(1), diary.firstNight().orElseThrow());
        assertEquals(START.plusDays(5), diary.lastNight().orElseThrow());
        assertEquals(2, diary.between(START, START.plusDays(3)).size());
        assertEquals(1, diary.between(START.plusDays(2), START.plusDays(4)).size());
    }

    @Test
    void savingANightAgainReplacesIt() {
        Diary diary = Diary.empty().with(night(1, 2, 4, false)).with(night(1, 5, 8, true));
        assertEquals(1, diary.size());
        assertEquals(5, diary.entry(START.plusDays(1)).orElseThrow().cramps());
    }

    @Test
    void duplicatesInAFileKeepTheLaterEntry() {
        Diary diary = new Diary(Diary.SCHEMA, List.of(night(1, 2, 4, false), night(0, 1, 1, false), night(1, 6, 9, true)));
        assertEquals(2, diary.size());
        assertEquals(6, diary.entry(START.plusDays(1)).orElseThrow().cramps());
    }

    @Test
    void removingANight() {
        Diary diary = Diary.of(List.of(night(1, 2, 4, false), night(2, 1, 1, false)));
        assertEquals(List.of(night(2, 1, 1, false)), diary.without(START.plusDays(1)).entries());
        assertEquals(diary, diary.without(START.plusDays(9)));
    }

    @Test
    void aCrampNowRoutineAddsACrampAndItsAnswerUpToTenPlus() {
        NightEntry entry = NightEntry.quiet(START).withCrampNow(ReliefAnswer.YES).withCrampNow(ReliefAnswer.NO);
        assertEquals(2, entry.cramps());
        assertEquals(List.of(ReliefAnswer.YES, ReliefAnswer.NO), entry.helped());
        for (int i = 0; i < 30; i++) {
            entry = entry.withCrampNow(ReliefAnswer.A_LITTLE);
        }
        assertEquals(NightEntry.MAX_CRAMPS, entry.cramps());
        assertEquals(NightEntry.MAX_HELPED, entry.helped().size());
        assertTrue(NightEntry.quiet(START).withStretched(true).stretched());
    }

    @Test
    void valuesOutOfRangeAreRefusedNamingTheField() {
        var e = assertThrows(IllegalArgumentException.class, () -> new NightEntry(START, 11, 0, 0, 0, Set.of(),
                false, false, false, "", List.of()));
        assertTrue(e.getMessage().startsWith("cramps"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new NightEntry(START, 0, -1, 0, 0, Set.of(),
                false, false, false, "", List.of()));
        assertThrows(IllegalArgumentException.class, () -> new NightEntry(START, 0, 0, NightEntry.MAX_MINUTES + 1, 0,
                Set.of(), false, false, false, "", List.of()));
        assertThrows(IllegalArgumentException.class, () -> new NightEntry(START, 0, 0, 0, 11, Set.of(),
                false, false, false, "", List.of()));
        assertThrows(IllegalArgumentException.class, () -> new NightEntry(START, 0, 0, 0, 0, Set.of(),
                false, false, false, "x".repeat(NightEntry.MAX_NOTE + 1), List.of()));
    }

    @Test
    void placesAreKeptInTheirOwnOrder() {
        NightEntry entry = new NightEntry(LocalDate.of(2026, 1, 1), 1, 1, 1, 1,
                Set.of(Place.BOTH, Place.LEFT_CALF, Place.THIGH), false, false, false, "", List.of());
        assertEquals(List.of(Place.LEFT_CALF, Place.THIGH, Place.BOTH), List.copyOf(entry.where()));
        assertEquals(Place.RIGHT_FOOT, Place.ofCode("right-foot").orElseThrow());
        assertTrue(Place.ofCode("Right-Foot").isEmpty());
    }
}
