package org.nightcramp.reminder;

import org.nightcramp.content.Guide;
import org.nightcramp.content.Routine;
import org.nightcramp.l10n.Texts;

/** The calendar event's words from the guide and the UI bundle of one language. */
public final class ReminderText {

    /** The routine the reminder is for. */
    public static final String BEFORE_BED = Routine.BEFORE_BED;

    private ReminderText() {
    }

    public static ReminderCalendar.ReminderWords of(Guide guide, Texts texts) {
        Routine routine = guide.routine(BEFORE_BED).orElseThrow(() -> new IllegalArgumentException(
                "The guide " + guide.meta().locale() + " has no routine " + BEFORE_BED));
        String description = ReminderCalendar.ReminderWords.describe(routine.summary(),
                routine.steps().stream().map(s -> s.title() + texts.text("reminder.ics.separator")
                        + s.instruction()).toList(),
                guide.meta().disclaimer());
        return new ReminderCalendar.ReminderWords(texts.text("reminder.ics.title"),
                texts.text("reminder.ics.alarm"), description);
    }
}
