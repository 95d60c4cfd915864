package org.nightcramp.diary;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * Which night a moment belongs to: a night is named by the evening it began, so a cramp at 3 a.m.
 * on the 5th belongs to the night of the 4th. The day turns at noon, local wall-clock time, so
 * the rule needs no sleep times and a daylight-saving change (always at night) moves nothing.
 */
public final class NightDates {

    /** Before this local time a moment belongs to the previous evening's night. */
    public static final LocalTime CUT_OFF = LocalTime.NOON;

    private NightDates() {
    }

    /** The night a local wall-clock time belongs to. */
    public static LocalDate nightOf(LocalDateTime local) {
        LocalDate day = local.toLocalDate();
        return local.toLocalTime().isBefore(CUT_OFF) ? day.minusDays(1) : day;
    }

    /** The night a moment belongs to where the person is. */
    public static LocalDate nightOf(Instant at, ZoneId zone) {
        return nightOf(LocalDateTime.ofInstant(at, zone));
    }

    /** The night it is now, or was last if it is morning: the one a morning prompt asks about. */
    public static LocalDate current(Clock clock) {
        return nightOf(clock.instant(), clock.getZone());
    }

    /**
     * The last night that is over by day: yesterday's date, whether it is morning (the night just
     * ended) or evening (a new night begins, the one to log is the one before).
     */
    public static LocalDate lastNight(Clock clock) {
        return LocalDate.now(clock).minusDays(1);
    }
}
