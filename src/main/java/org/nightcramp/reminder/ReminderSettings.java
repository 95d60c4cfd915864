package org.nightcramp.reminder;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/**
 * The bedtime reminder, kept in {@code reminder.json}. Off until the person chooses a bedtime.
 *
 * @param time      the bedtime, "HH:mm" in the computer's time zone
 * @param offered   whether the reminder was already offered (once, after the first Before-bed routine)
 * @param lastNight the night the reminder last showed, an ISO date, or "" (never)
 */
public record ReminderSettings(int schema, boolean on, String time, boolean offered, String lastNight) {

    public static final int SCHEMA = 1;
    public static final String FILE_NAME = "reminder.json";
    /** The bedtime offered before the person chooses one. */
    public static final LocalTime SUGGESTED = LocalTime.of(22, 30);

    public ReminderSettings {
        // Parsed here so a hand-edited file with a bad time is reported as damaged when read.
        LocalTime.parse(time);
        if (!lastNight.isEmpty()) {
            LocalDate.parse(lastNight);
        }
    }

    public static ReminderSettings defaults() {
        return new ReminderSettings(SCHEMA, false, SUGGESTED.toString(), false, "");
    }

    public LocalTime bedtime() {
        return LocalTime.parse(time);
    }

    public Optional<LocalDate> shownFor() {
        return lastNight.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(lastNight));
    }

    public ReminderSettings withBedtime(LocalTime bedtime) {
        return new ReminderSettings(schema, true, bedtime.withSecond(0).withNano(0).toString(), true, lastNight);
    }

    public ReminderSettings turnedOff() {
        return new ReminderSettings(schema, false, time, true, lastNight);
    }

    public ReminderSettings withOffered() {
        return new ReminderSettings(schema, on, time, true, lastNight);
    }

    public ReminderSettings shownOn(LocalDate night) {
        return new ReminderSettings(schema, on, time, offered, night.toString());
    }
}
