package org.nightcramp.reminder;

import org.nightcramp.l10n.Texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nightcramp.content.ClasspathContentSource;
import org.nightcramp.content.ContentLibrary;
import org.nightcramp.content.Guide;
import org.nightcramp.storage.StrictJson;

/** The exported reminder, parsed back: daily repeat, time zone, alarm and words in the guide's language. */
class ReminderCalendarTest {

    private static Guide guide(String tag) throws Exception {
        return new ContentLibrary(new ClasspathContentSource(), StrictJson.create()).load(tag).guide();
    }

    @ParameterizedTest
    @CsvSource({"en, Europe/London, 22:30", "zh-CN, Asia/Shanghai, 21:45", "en, America/New_York, 00:15"})
    void parsesBackWithTheRepeatTheZoneTheAlarmAndTheText(String tag, String zoneId, String time) throws Exception {
        Guide guide = guide(tag);
        var words = ReminderText.of(guide, Texts.ui(Locale.forLanguageTag(tag)));
        ZoneId zone = ZoneId.of(zoneId);
        Instant now = Instant.parse("2026-03-27T12:00:00Z");
        String ics = ReminderCalendar.ics(LocalTime.parse(time), zone, now, words);

        assertTrue(ics.contains("\r\n"), "RFC 5545 lines end in CRLF");
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        var validation = calendar.validate();
        assertTrue(!validation.hasErrors(), validation::toString);
        assertEquals(1, calendar.<VEvent>getComponents("VEVENT").get(0).getProperties(Property.DTSTAMP).size(),
                "exactly one DTSTAMP");
        VTimeZone vtz = calendar.<VTimeZone>getComponents("VTIMEZONE").get(0);
        assertEquals(zoneId, vtz.getProperty(Property.TZID).orElseThrow().getValue());
        VEvent event = calendar.<VEvent>getComponents("VEVENT").get(0);
        assertEquals("FREQ=DAILY", event.getProperty(Property.RRULE).orElseThrow().getValue());
        var start = event.getProperty(Property.DTSTART).orElseThrow();
        assertEquals(zoneId, start.getParameter("TZID").orElseThrow().getValue());
        assertTrue(start.getValue().endsWith("T" + time.replace(":", "") + "00"), start.getValue());
        assertEquals(ReminderCalendar.UID, event.getProperty(Property.UID).orElseThrow().getValue());
        assertEquals(words.title(), event.getProperty(Property.SUMMARY).orElseThrow().getValue());

        String description = event.getProperty(Property.DESCRIPTION).orElseThrow().getValue();
        var routine = guide.routine("before-bed").orElseThrow();
        for (var step : routine.steps()) {
            assertTrue(description.contains(step.title()), step.title());
        }
        assertTrue(description.endsWith(guide.meta().disclaimer()), "the disclaimer line closes it");

        List<VAlarm> alarms = event.getAlarms();
        assertEquals(1, alarms.size());
        VAlarm alarm = alarms.get(0);
        assertEquals("DISPLAY", alarm.getProperty(Property.ACTION).orElseThrow().getValue());
        assertEquals("PT0S", alarm.getProperty(Property.TRIGGER).orElseThrow().getValue());
        assertEquals(words.alarm(), alarm.getProperty(Property.DESCRIPTION).orElseThrow().getValue());
        assertNotNull(calendar.getProperty(Property.PRODID).orElseThrow());
    }

    @ParameterizedTest
    @CsvSource({"22:30, 20260327T223000", "11:00, 20260328T110000"})
    void startsAtTheNextBedtime(String time, String expected) throws Exception {
        String ics = ReminderCalendar.ics(LocalTime.parse(time), ZoneId.of("Europe/London"),
                Instant.parse("2026-03-27T12:00:00Z"), ReminderText.of(guide("en"), Texts.ui(Locale.ENGLISH)));

        assertTrue(ics.contains("DTSTART;TZID=Europe/London:" + expected), ics);
    }
}
