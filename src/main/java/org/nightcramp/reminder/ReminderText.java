package org.nightcramp.reminder;

import java.util.ResourceBundle;
import org.nightcramp.content.Guide;
import org.nightcramp.content.Routine;

/** The calendar event's words from the guide and the UI bundle of one language. */
public final class ReminderText {

    /** The routine the reminder is for. */
    public static final String BEFORE_BED = "before-bed";

    private ReminderText() {
    }

    public static ReminderCalendar.ReminderWords of(Guide guide, ResourceBundle bundle) {
        Routine routine = guide.routine(BEFORE_BED).orElseThrow(() -> new IllegalArgumentException(
                "The guide " + guide.meta().locale() + " has no routine " + BEFORE_BED));
        String description = ReminderCalendar.ReminderWords.describe(routine.summary(),
                routine.steps().stream().map(s -> s.title() + bundle.getString("reminder.ics.separator")
                        + s.instruction()).toList(),
                guide.meta().disclaimer());
        return new ReminderCalendar.ReminderWords(bundle.getString("reminder.ics.title"),
                bundle.getString("reminder.ics.alarm"), description);
    }
}
