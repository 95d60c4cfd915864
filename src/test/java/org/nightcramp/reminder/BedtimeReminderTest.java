package org.nightcramp.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The in-app notice: at bedtime, once a night, snoozed 15 minutes, across midnight and clock changes. */
class BedtimeReminderTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private final List<ReminderSettings> saved = new ArrayList<>();

    private MutableClock clockAt(String localDateTime) {
        return new MutableClock(ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), LONDON).toInstant(), LONDON);
    }

    private BedtimeReminder reminder(MutableClock clock, String bedtime) {
        BedtimeReminder reminder = new BedtimeReminder(clock, ReminderSettings.defaults(), saved::add);
        clock.advance(Duration.ZERO);
        reminder.choose(LocalTime.parse(bedtime));
        return reminder;
    }

    /** Checks once a minute from the clock's time for {@code minutes}, as the app's timer does; counts notices. */
    private static int notices(BedtimeReminder reminder, MutableClock clock, int minutes) {
        int shown = 0;
        for (int i = 0; i < minutes; i++) {
            if (reminder.check()) {
                shown++;
            }
            clock.advance(Duration.ofMinutes(1));
        }
        return shown;
    }

    @Test
    void offByDefaultSoNothingShows() {
        MutableClock clock = clockAt("2026-11-03T22:30");
        BedtimeReminder reminder = new BedtimeReminder(clock, ReminderSettings.defaults(), saved::add);

        assertEquals(0, notices(reminder, clock, 60));
    }

    @Test
    void showsAtBedtimeOnceANight() {
        MutableClock clock = clockAt("2026-11-03T20:00");
        BedtimeReminder reminder = reminder(clock, "22:30");

        assertEquals(0, notices(reminder, clock, 150), "not before 22:30");
        assertTrue(reminder.check(), "22:30");
        assertEquals(0, notices(reminder, clock, 60 * 20), "never twice the same night");
        clock.set(ZonedDateTime.of(2026, 11, 4, 22, 30, 0, 0, LONDON).toInstant());
        assertTrue(reminder.check(), "the next night again");
        assertEquals(LocalDate.of(2026, 11, 4), saved.get(saved.size() - 1).shownFor().orElseThrow());
    }

    @Test
    void snoozeBringsItBackOnceAfterFifteenMinutes() {
        MutableClock clock = clockAt("2026-11-03T22:30");
        BedtimeReminder reminder = reminder(clock, "22:30");
        reminder.dismiss();
        clock.set(ZonedDateTime.of(2026, 11, 4, 22, 30, 0, 0, LONDON).toInstant());
        assertTrue(reminder.check());

        reminder.snooze();
        assertEquals(0, notices(reminder, clock, 15));
        assertTrue(reminder.check(), "15 minutes later");
        assertEquals(0, notices(reminder, clock, 120), "then not again");
    }

    @Test
    void aBedtimeAfterMidnightBelongsToTheEveningBefore() {
        MutableClock clock = clockAt("2026-11-03T21:00");
        BedtimeReminder reminder = reminder(clock, "00:30");

        assertEquals(0, notices(reminder, clock, 210), "21:00 to 00:30");
        assertTrue(reminder.check(), "00:30 on the 4th");
        assertEquals(LocalDate.of(2026, 11, 3), saved.get(saved.size() - 1).shownFor().orElseThrow(),
                "Tuesday's 00:30 is Monday's night");
        assertEquals(0, notices(reminder, clock, 60 * 12), "and not again before the next evening");
    }

    @Test
    void tooLongAfterBedtimeItIsNotOffered() {
        MutableClock clock = clockAt("2026-11-04T07:00");
        BedtimeReminder reminder = reminder(clock, "22:30");

        assertEquals(0, notices(reminder, clock, 60), "opening the app in the morning shows no bedtime notice");
    }

    @Test
    void springForwardABedtimeInTheSkippedHourComesAnHourLater() {
        // 29 March 2026: UK clocks go from 01:00 to 02:00.
        MutableClock clock = clockAt("2026-03-28T23:00");
        BedtimeReminder reminder = reminder(clock, "01:30");

        assertEquals(0, notices(reminder, clock, 60), "23:00 to 00:00 GMT");
        int minutes = 0;
        while (!reminder.check()) {
            clock.advance(Duration.ofMinutes(1));
            minutes++;
        }
        assertEquals(90, minutes, "00:00 GMT + 1.5 h of real time is 02:30 BST: the skipped 01:30, an hour on by the wall clock");
        assertEquals(LocalTime.of(2, 30), clock.instant().atZone(LONDON).toLocalTime());
    }

    @Test
    void fallBackABedtimeInTheRepeatedHourShowsOnce() {
        // 25 October 2026: UK clocks go from 02:00 back to 01:00, so 01:30 happens twice.
        MutableClock clock = clockAt("2026-10-24T23:00");
        BedtimeReminder reminder = reminder(clock, "01:30");

        assertEquals(1, notices(reminder, clock, 60 * 6), "once, not at both 01:30s");
    }

    @Test
    void choosingABedtimeAlreadyPastTonightStartsTomorrow() {
        MutableClock clock = clockAt("2026-11-03T22:45");
        BedtimeReminder reminder = reminder(clock, "22:30");

        assertFalse(reminder.check(), "the person has just chosen it after their stretch");
    }

    @Test
    void offeredOnceOnly() {
        BedtimeReminder reminder = new BedtimeReminder(clockAt("2026-11-03T22:45"), ReminderSettings.defaults(),
                saved::add);

        assertTrue(reminder.claimOffer());
        assertFalse(reminder.claimOffer());
        assertTrue(saved.get(0).offered());
    }
}
