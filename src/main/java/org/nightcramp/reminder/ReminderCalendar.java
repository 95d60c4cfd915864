package org.nightcramp.reminder;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Action;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.transform.recurrence.Frequency;

/**
 * The bedtime reminder as an iCalendar file (RFC 5545) that phones and desktop calendars import,
 * so it works when the app is closed: a daily event at the bedtime in the person's time zone
 * (with its VTIMEZONE, from ical4j's bundled zone data), an alarm at that moment, the stretch's
 * steps and the disclaimer in the description, all in the guide's language.
 */
public final class ReminderCalendar {

    /** The same event every time, so importing a new bedtime can replace the old one. */
    public static final String UID = "bedtime-stretch@night-cramp-guide";
    static final Duration LENGTH = Duration.ofMinutes(5);

    private ReminderCalendar() {
    }

    /**
     * The calendar text.
     *
     * @param now   when it is made: it starts at the next bedtime from now
     * @param words the event's title, the alarm's line and the description, in one language
     */
    public static String ics(LocalTime bedtime, ZoneId zone, Instant now, ReminderWords words) throws IOException {
        ZoneId known = knownZone(zone);
        ZonedDateTime start = BedtimeSchedule.next(now, bedtime, known);
        VEvent event = new VEvent(start, LENGTH, words.title());
        event.add(new Uid(UID));
        // VEvent stamps itself with the real clock; the stamp is the injected now, once.
        event.replace(new DtStamp(now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
        event.add(new RRule<>(Frequency.DAILY));
        event.add(new Description(words.description()));
        VAlarm alarm = new VAlarm(Duration.ZERO);
        alarm.add(new Action(Action.VALUE_DISPLAY));
        alarm.add(new Description(words.alarm()));
        event.add(alarm);
        Calendar calendar = new Calendar();
        calendar.withProdId("-//Night Cramp Guide//Bedtime reminder//EN").withDefaults();
        if (!(known instanceof ZoneOffset)) {
            calendar.add(registry().getTimeZone(known.getId()).getVTimeZone());
        }
        calendar.add(event);
        StringWriter out = new StringWriter();
        new CalendarOutputter(true).output(calendar, out);
        return out.toString();
    }

    /** The zone itself when ical4j knows it; otherwise UTC, so the event still comes at the right moment. */
    private static ZoneId knownZone(ZoneId zone) {
        if (zone instanceof ZoneOffset || zone.getId().equals("UTC") || zone.getId().equals("Z")) {
            return ZoneOffset.UTC;
        }
        TimeZone found = registry().getTimeZone(zone.getId());
        return found == null ? ZoneOffset.UTC : zone;
    }

    private static TimeZoneRegistry registry() {
        return TimeZoneRegistryFactory.getInstance().createRegistry();
    }

    /** The words of the event in one language. */
    public record ReminderWords(String title, String alarm, String description) {

        /** The description: what the stretch is, its numbered steps, and the disclaimer last. */
        public static String describe(String intro, List<String> steps, String disclaimer) {
            StringBuilder text = new StringBuilder(intro).append("\n");
            for (int i = 0; i < steps.size(); i++) {
                text.append("\n").append(i + 1).append(". ").append(steps.get(i));
            }
            return text.append("\n\n").append(disclaimer).toString();
        }
    }
}
