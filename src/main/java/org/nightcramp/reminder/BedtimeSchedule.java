package org.nightcramp.reminder;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When a bedtime falls, by the wall clock of the person's time zone. A night runs from noon to
 * noon, so a bedtime after midnight belongs to the evening before: 00:30 on Tuesday is Monday's
 * night. Daylight-saving changes follow the wall clock: a bedtime in the hour the clocks skip
 * comes at the same moment an hour later, one in the hour that repeats comes the first time.
 */
public final class BedtimeSchedule {

    /** After this long past bedtime the notice is no longer offered: the person went to bed. */
    public static final Duration WINDOW = Duration.ofHours(3);
    private static final LocalTime NOON = LocalTime.NOON;

    private BedtimeSchedule() {
    }

    /** The night {@code moment} belongs to: the date of its evening. */
    public static LocalDate night(Instant moment, ZoneId zone) {
        ZonedDateTime local = moment.atZone(zone);
        return local.toLocalTime().isBefore(NOON) ? local.toLocalDate().minusDays(1) : local.toLocalDate();
    }

    /** The moment of {@code bedtime} on {@code night}. */
    public static Instant bedtimeOn(LocalDate night, LocalTime bedtime, ZoneId zone) {
        LocalDate day = bedtime.isBefore(NOON) ? night.plusDays(1) : night;
        // ZonedDateTime.of moves a time in a gap forward by the gap and takes the earlier of two in an overlap.
        return ZonedDateTime.of(day, bedtime, zone).toInstant();
    }

    /** Whether {@code moment} is at or after the bedtime of its night, and within {@link #WINDOW} of it. */
    public static boolean due(Instant moment, LocalTime bedtime, ZoneId zone) {
        Instant at = bedtimeOn(night(moment, zone), bedtime, zone);
        return !moment.isBefore(at) && moment.isBefore(at.plus(WINDOW));
    }

    /** The next bedtime at or after {@code moment}, for a calendar event's first day. */
    public static ZonedDateTime next(Instant moment, LocalTime bedtime, ZoneId zone) {
        LocalDate night = night(moment, zone);
        Instant at = bedtimeOn(night, bedtime, zone);
        if (at.isBefore(moment)) {
            at = bedtimeOn(night.plusDays(1), bedtime, zone);
        }
        return at.atZone(zone);
    }
}
