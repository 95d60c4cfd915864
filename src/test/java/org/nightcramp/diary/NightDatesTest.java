package org.nightcramp.diary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class NightDatesTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void aCrampAtThreeInTheMorningBelongsToTheNightBefore() {
        assertEquals(LocalDate.of(2026, 1, 4), NightDates.nightOf(LocalDateTime.of(2026, 1, 5, 3, 0)));
    }

    @Test
    void theEveningBelongsToItsOwnDate() {
        assertEquals(LocalDate.of(2026, 1, 5), NightDates.nightOf(LocalDateTime.of(2026, 1, 5, 22, 30)));
    }

    @Test
    void midnightAndTheMinutesAroundItAreOneNight() {
        LocalDate night = LocalDate.of(2026, 1, 4);
        assertEquals(night, NightDates.nightOf(LocalDateTime.of(2026, 1, 4, 23, 59, 59)));
        assertEquals(night, NightDates.nightOf(LocalDateTime.of(2026, 1, 5, 0, 0)));
        assertEquals(night, NightDates.nightOf(LocalDateTime.of(2026, 1, 5, 0, 0, 1)));
    }

    @Test
    void theDayTurnsAtNoon() {
        assertEquals(LocalDate.of(2026, 1, 4), NightDates.nightOf(LocalDateTime.of(2026, 1, 5, 11, 59, 59)));
        assertEquals(LocalDate.of(2026, 1, 5), NightDates.nightOf(LocalDateTime.of(2026, 1, 5, 12, 0)));
    }

    @Test
    void theNightTheClocksGoForwardIsOneNight() {
        // London, 29 March 2026: 01:00 GMT becomes 02:00 BST.
        LocalDate night = LocalDate.of(2026, 3, 28);
        Instant beforeChange = ZonedDateTime.of(2026, 3, 29, 0, 30, 0, 0, LONDON).toInstant();
        Instant afterChange = beforeChange.plusSeconds(3600); // 02:30 BST
        assertEquals(night, NightDates.nightOf(beforeChange, LONDON));
        assertEquals(night, NightDates.nightOf(afterChange, LONDON));
        assertEquals(night, NightDates.nightOf(ZonedDateTime.of(2026, 3, 29, 11, 59, 0, 0, LONDON).toInstant(), LONDON));
        assertEquals(night.plusDays(1),
                NightDates.nightOf(ZonedDateTime.of(2026, 3, 29, 12, 0, 0, 0, LONDON).toInstant(), LONDON));
    }

    @Test
    void theNightTheClocksGoBackIsOneNightBothTimesThroughTheRepeatedHour() {
        // New York, 1 November 2026: 02:00 EDT becomes 01:00 EST, so 01:30 happens twice.
        LocalDate night = LocalDate.of(2026, 10, 31);
        ZonedDateTime first = ZonedDateTime.of(2026, 11, 1, 1, 30, 0, 0, NEW_YORK).withEarlierOffsetAtOverlap();
        ZonedDateTime second = first.withLaterOffsetAtOverlap();
        assertEquals(3600, second.toEpochSecond() - first.toEpochSecond());
        assertEquals(night, NightDates.nightOf(first.toInstant(), NEW_YORK));
        assertEquals(night, NightDates.nightOf(second.toInstant(), NEW_YORK));
    }

    @Test
    void theSameMomentIsDatedWhereThePersonIs() {
        Instant at = Instant.parse("2026-06-10T20:00:00Z");
        assertEquals(LocalDate.of(2026, 6, 10), NightDates.nightOf(at, LONDON)); // 21:00
        assertEquals(LocalDate.of(2026, 6, 10), NightDates.nightOf(at, SHANGHAI)); // 04:00 on the 11th
        assertEquals(LocalDate.of(2026, 6, 10), NightDates.nightOf(at, NEW_YORK)); // 16:00
        Instant morning = Instant.parse("2026-06-10T05:00:00Z");
        assertEquals(LocalDate.of(2026, 6, 9), NightDates.nightOf(morning, LONDON)); // 06:00
        assertEquals(LocalDate.of(2026, 6, 10), NightDates.nightOf(morning, SHANGHAI)); // 13:00
        assertEquals(LocalDate.of(2026, 6, 9), NightDates.nightOf(morning, NEW_YORK)); // 01:00
    }

    @Test
    void currentAndLastNightFromAnInjectedClock() {
        Clock morning = Clock.fixed(ZonedDateTime.of(2026, 1, 5, 7, 0, 0, 0, LONDON).toInstant(), LONDON);
        Clock evening = Clock.fixed(ZonedDateTime.of(2026, 1, 5, 21, 0, 0, 0, LONDON).toInstant(), LONDON);
        assertEquals(LocalDate.of(2026, 1, 4), NightDates.current(morning));
        assertEquals(LocalDate.of(2026, 1, 4), NightDates.lastNight(morning));
        assertEquals(LocalDate.of(2026, 1, 5), NightDates.current(evening));
        assertEquals(LocalDate.of(2026, 1, 4), NightDates.lastNight(evening));
    }
}
