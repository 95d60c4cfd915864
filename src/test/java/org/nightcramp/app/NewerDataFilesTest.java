package org.nightcramp.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nightcramp.assessment.Answer;
import org.nightcramp.assessment.Answers;
import org.nightcramp.assessment.AnswersRepository;
import org.nightcramp.relief.ReliefPreferences;
import org.nightcramp.relief.ReliefPreferencesStore;
import org.nightcramp.relief.ReliefServices;
import org.nightcramp.relief.RoutineChoice;
import org.nightcramp.relief.VoiceSetting;
import org.nightcramp.reminder.ReminderSettings;
import org.nightcramp.reminder.ReminderStore;
import org.nightcramp.storage.JsonFileStore;
import org.nightcramp.storage.Loaded;
import org.nightcramp.storage.StrictJson;

/**
 * Every data file written by a newer version (a higher schema, fields this one does not know) is
 * read for what this version knows, never reset, and keeps the newer fields when saved again.
 */
class NewerDataFilesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-14T02:30:05Z"), ZoneOffset.UTC);
    private final ObjectMapper mapper = StrictJson.create();

    @TempDir
    Path dir;

    @Test
    void settingsFromANewerVersionKeepTheDisclaimerReadAndTheNewerFields() throws IOException {
        write("settings.json", """
                {"schema":2,"locale":"zh-CN","theme":"night","textScale":1.2,
                 "window":{"x":10,"y":20,"width":900,"height":700,"maximized":false,"screen":"HDMI-1"},
                 "disclaimerAcknowledged":true,"country":"GB","sync":{"on":true}}""");
        SettingsRepository repo = new SettingsRepository(dir, mapper, CLOCK);

        Loaded<Settings> loaded = repo.load();

        assertEquals(Optional.empty(), loaded.notice(), "not treated as damaged");
        assertTrue(loaded.value().disclaimerAcknowledged(), "the disclaimer is not shown again");
        assertEquals("zh-CN", loaded.value().locale());
        assertEquals(Theme.NIGHT, loaded.value().theme());
        repo.save(loaded.value().withTheme(Theme.LIGHT));
        JsonNode saved = read("settings.json");
        assertEquals("light", saved.get("theme").textValue());
        assertKept(saved, "/sync/on", "/window/screen");
    }

    @Test
    void answersFromANewerVersionAreKept() throws IOException {
        write("answers.json", """
                {"schema":2,"questions":{"cold.room":"yes"},"aboutYou":{},"lastStep":"cold",
                 "finished":false,"sync":{"on":true}}""");
        AnswersRepository repo = new AnswersRepository(dir, mapper, CLOCK);

        Loaded<Answers> loaded = repo.load();

        assertEquals(Optional.empty(), loaded.notice());
        assertEquals(Optional.of(Answer.YES), loaded.value().question("cold.room"));
        repo.save(loaded.value().withFinished(true));
        assertKept(read("answers.json"), "/sync/on");
    }

    @Test
    void reliefPreferencesFromANewerVersionAreKept() throws IOException {
        write("relief.json", """
                {"schema":2,"routines":{"cramp-now":{"holdSeconds":45,"repetitions":3,"sync":{"on":true}}},
                 "muted":true,"history":[]}""");
        ReliefPreferencesStore store = new ReliefPreferencesStore(dir, mapper, CLOCK);

        Loaded<ReliefPreferences> loaded = store.load();

        assertEquals(Optional.empty(), loaded.notice());
        assertEquals(Optional.of(new RoutineChoice(45, 3)), loaded.value().choice("cramp-now"));
        store.save(loaded.value().withMuted(false));
        assertKept(read("relief.json"), "/routines/cramp-now/sync/on");
    }

    @Test
    void reminderAndVoiceFromANewerVersionAreKept() throws IOException {
        write("reminder.json", """
                {"schema":2,"on":true,"time":"23:15","offered":true,"lastNight":"","sync":{"on":true}}""");
        write("voice.json", "{\"schema\":2,\"on\":true,\"sync\":{\"on\":true}}");
        ReminderStore reminder = new ReminderStore(dir, mapper, CLOCK);
        JsonFileStore<VoiceSetting> voice = ReliefServices.voiceStore(dir, mapper);

        ReminderSettings loaded = reminder.load();
        Loaded<VoiceSetting> voiceLoaded = voice.load();

        assertEquals(LocalTime.of(23, 15), loaded.bedtime());
        assertTrue(loaded.on());
        assertEquals(Optional.empty(), voiceLoaded.notice());
        assertTrue(voiceLoaded.value().on());
        assertTrue(reminder.save(loaded.withBedtime(LocalTime.of(22, 0))));
        voice.save(voiceLoaded.value().withOn(false));
        assertKept(read("reminder.json"), "/sync/on");
        assertKept(read("voice.json"), "/sync/on");
    }

    private void write(String name, String json) throws IOException {
        Files.writeString(dir.resolve(name), json);
    }

    private JsonNode read(String name) throws IOException {
        return mapper.readTree(Files.readString(dir.resolve(name)));
    }

    private static void assertKept(JsonNode saved, String... pointers) {
        assertEquals(2, saved.get("schema").intValue(), "the newer schema number stays");
        for (String pointer : pointers) {
            assertTrue(!saved.at(pointer).isMissingNode(), pointer + " kept in " + saved);
        }
    }
}
