package org.nightcramp.relief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nightcramp.storage.Loaded;
import org.nightcramp.storage.StoreNotice;
import org.nightcramp.storage.StrictJson;

/** relief.json: choices, mute and answers survive a restart; a damaged file is kept and reported. */
class ReliefPreferencesStoreTest {

    @TempDir
    Path dir;

    private ReliefPreferencesStore store() {
        return new ReliefPreferencesStore(dir, StrictJson.create(),
                Clock.fixed(Instant.parse("2025-02-03T04:05:06Z"), ZoneOffset.UTC));
    }

    @Test
    void firstRunHasTheDefaults() {
        Loaded<ReliefPreferences> loaded = store().load();

        assertEquals(ReliefPreferences.defaults(), loaded.value());
        assertTrue(loaded.notice().isEmpty());
    }

    @Test
    void choicesMuteAndAnswersAreRemembered() throws Exception {
        ReliefPreferences saved = ReliefPreferences.defaults()
                .withChoice("cramp-now", new RoutineChoice(45, 2))
                .withMuted(true)
                .withAnswer(HelpRecord.of(Instant.parse("2025-02-01T03:10:00Z"), "cramp-now", HelpAnswer.A_LITTLE));
        store().save(saved);

        assertEquals(saved, store().load().value());
        String json = Files.readString(dir.resolve(ReliefPreferencesStore.FILE_NAME));
        assertTrue(json.contains("\"a-little\"") && json.contains("2025-02-01T03:10:00Z"), json);
    }

    @Test
    void handEditedChoicesAreBroughtIntoRange() throws Exception {
        Files.writeString(dir.resolve(ReliefPreferencesStore.FILE_NAME), """
                {"schema":1,"routines":{"cramp-now":{"holdSeconds":500,"repetitions":0}},"muted":false,"history":[]}""");

        assertEquals(new RoutineChoice(60, 1), store().load().value().choice("cramp-now").orElseThrow());
    }

    @Test
    void aDamagedFileIsKeptAsideAndTheDefaultsUsed() throws Exception {
        Files.writeString(dir.resolve(ReliefPreferencesStore.FILE_NAME), """
                {"schema":1,"routines":{},"muted":false,"history":[{"at":"last night","routine":"cramp-now","answer":"yes"}]}""");

        Loaded<ReliefPreferences> loaded = store().load();
        assertEquals(ReliefPreferences.defaults(), loaded.value());
        assertEquals(StoreNotice.Kind.RESET_TO_DEFAULTS, loaded.notice().orElseThrow().kind());
        assertTrue(loaded.notice().orElseThrow().keptAs().isPresent());
    }

    @Test
    void historyKeepsOnlyTheNewestAnswers() {
        ReliefPreferences p = ReliefPreferences.defaults();
        Instant t = Instant.parse("2025-01-01T00:00:00Z");
        for (int i = 0; i < ReliefPreferences.MAX_HISTORY + 3; i++) {
            p = p.withAnswer(HelpRecord.of(t.plusSeconds(i), "before-bed", HelpAnswer.YES));
        }

        assertEquals(ReliefPreferences.MAX_HISTORY, p.history().size());
        assertEquals(t.plusSeconds(3), p.history().get(0).instant());
    }

    @Test
    void aBadTimestampIsRefused() {
        assertThrows(RuntimeException.class, () -> new HelpRecord("yesterday", "cramp-now", HelpAnswer.NO));
        assertEquals(List.of(), new ReliefPreferences(1, Map.of(), false, List.of()).history());
    }
}
