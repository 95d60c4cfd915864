package org.nightcramp.diary.page;

import java.time.Clock;
import java.time.LocalDate;
import org.nightcramp.diary.Diary;
import org.nightcramp.diary.NightDates;

/**
 * The morning prompt's memory, kept in {@code diary-prompt.json}: whether it is on, and the day it
 * last offered to log a night, so it comes at most once a day.
 *
 * @param lastOffered the ISO date it was last shown, {@code ""} before the first time
 */
public record MorningPrompt(int schema, boolean on, String lastOffered) {

    public static final int SCHEMA = 1;
    public static final String FILE_NAME = "diary-prompt.json";

    public static MorningPrompt defaults() {
        return new MorningPrompt(SCHEMA, true, "");
    }

    /**
     * Whether to offer now: on, not yet offered today, a diary begun (a first start is no time to
     * ask about last night), and last night not in it.
     */
    public boolean due(Diary diary, Clock clock) {
        return on && !diary.isEmpty() && !LocalDate.now(clock).toString().equals(lastOffered)
                && diary.entry(NightDates.lastNight(clock)).isEmpty();
    }

    /** The same, offered today. */
    public MorningPrompt offered(Clock clock) {
        return new MorningPrompt(schema, on, LocalDate.now(clock).toString());
    }

    public MorningPrompt withOn(boolean prompt) {
        return new MorningPrompt(schema, prompt, lastOffered);
    }
}
