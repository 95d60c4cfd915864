package org.nightcramp.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.nightcramp.assessment.Answer;
import org.nightcramp.assessment.Answers;
import org.nightcramp.assessment.AnswersRepository;
import org.nightcramp.relief.HelpAnswer;
import org.nightcramp.relief.HelpRecord;
import org.nightcramp.relief.ReliefPreferences;
import org.nightcramp.relief.ReliefPreferencesStore;
import org.nightcramp.relief.ReliefServices;
import org.nightcramp.relief.RoutineChoice;
import org.nightcramp.relief.VoiceSetting;
import org.nightcramp.reminder.ReminderSettings;
import org.nightcramp.reminder.ReminderStore;
import org.nightcramp.storage.JsonFileStore;
import org.nightcramp.storage.StrictJson;

/**
 * For {@code scripts/kill-test.sh}: loads every data file in a folder as the app does, saves them
 * all once, says "ready", then goes on saving them in a loop through the real stores until killed.
 */
public final class SaveLoop {

    /** The data files the loop writes, as the app names them. */
    static final String[] FILES = {SettingsRepository.FILE_NAME, AnswersRepository.FILE_NAME,
        ReliefPreferencesStore.FILE_NAME, ReminderSettings.FILE_NAME, VoiceSetting.FILE_NAME};

    private SaveLoop() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        ObjectMapper mapper = StrictJson.create();
        Clock clock = Clock.systemUTC();
        SettingsRepository settingsRepo = new SettingsRepository(dir, mapper, clock);
        AnswersRepository answersRepo = new AnswersRepository(dir, mapper, clock);
        ReliefPreferencesStore reliefStore = new ReliefPreferencesStore(dir, mapper, clock);
        ReminderStore reminderStore = new ReminderStore(dir, mapper, clock);
        JsonFileStore<VoiceSetting> voiceStore = ReliefServices.voiceStore(dir, mapper);
        Settings settings = settingsRepo.load().value();
        Answers answers = answersRepo.load().value();
        ReliefPreferences relief = reliefStore.load().value();
        ReminderSettings reminder = reminderStore.load();
        VoiceSetting voice = voiceStore.load().value();
        for (long i = 0; ; i++) {
            if (i == 1) {
                // Every file exists from here on: a kill may now come at any moment.
                System.out.println("ready");
                System.out.flush();
            }
            settings = settings.withWindow(new WindowBounds(i % 500, 0, 1100, 760, false)).withDisclaimerAcknowledged(true);
            settingsRepo.save(settings);
            answers = answers.withQuestion("q" + i % 40, Answer.values()[(int) (i % 3)]).withLastStep("step-" + i);
            answersRepo.save(answers);
            // The history grows to its 1,000 answers, so the file reaches its full size of about 100 KB.
            relief = relief.withChoice("cramp-now", new RoutineChoice(30 + (int) (i % 30), 3))
                    .withAnswer(HelpRecord.of(Instant.ofEpochSecond(1_700_000_000L + i), "cramp-now",
                            HelpAnswer.values()[(int) (i % 3)]));
            reliefStore.save(relief);
            reminder = reminder.withBedtime(LocalTime.of(21 + (int) (i % 3), (int) (i % 60)))
                    .shownOn(LocalDate.of(2026, 1, 1).plusDays(i % 365));
            reminderStore.save(reminder);
            voice = voice.withOn(i % 2 == 0);
            voiceStore.save(voice);
        }
    }
}
