package org.nightcramp.diary.page;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nightcramp.diary.Diary;
import org.nightcramp.diary.NightEntry;
import org.nightcramp.storage.JsonFileStore;
import org.nightcramp.storage.StrictJson;

/** The morning prompt: only when last night is missing, at most once a day, and off when switched off. */
class MorningPromptsTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/London");

    @TempDir
    Path dataDir;

    /** A diary begun weeks ago. */
    private static final Diary BEGUN = Diary.empty().with(NightEntry.quiet(LocalDate.of(2026, 11, 1)));

    private MorningPrompts prompts(String at) {
        Clock clock = Clock.fixed(Instant.parse(at), ZONE);
        return new MorningPrompts(new JsonFileStore<>(dataDir.resolve(MorningPrompt.FILE_NAME), MorningPrompt.class,
                StrictJson.create(), MorningPrompt::defaults, clock), clock);
    }

    @Test
    void offersOnceADayWhileLastNightIsMissing() {
        assertTrue(prompts("2026-12-05T07:30:00Z").claim(BEGUN));
        assertFalse(prompts("2026-12-05T19:00:00Z").claim(BEGUN), "once a day, even after a restart");
        assertTrue(prompts("2026-12-06T07:30:00Z").claim(BEGUN), "the next day again");
    }

    @Test
    void notBeforeTheDiaryIsBegun() {
        assertFalse(prompts("2026-12-05T07:30:00Z").claim(Diary.empty()));
    }

    @Test
    void notWhenLastNightIsLogged() {
        Diary logged = BEGUN.with(NightEntry.quiet(LocalDate.of(2026, 12, 4)));
        assertFalse(prompts("2026-12-05T07:30:00Z").claim(logged));
    }

    @Test
    void switchedOffItStaysOffAcrossRuns() {
        prompts("2026-12-04T07:30:00Z").onProperty().set(false);
        MorningPrompts next = prompts("2026-12-05T07:30:00Z");
        assertFalse(next.onProperty().get());
        assertFalse(next.claim(BEGUN));
        next.onProperty().set(true);
        assertTrue(prompts("2026-12-05T08:30:00Z").claim(BEGUN));
    }
}
