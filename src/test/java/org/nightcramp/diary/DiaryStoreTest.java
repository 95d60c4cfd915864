package org.nightcramp.diary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nightcramp.diary.Nights.night;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nightcramp.storage.Loaded;
import org.nightcramp.storage.StoreNotice;
import org.nightcramp.storage.StrictJson;

/** diary.json: entries survive a restart; a damaged file is kept aside and reported, never overwritten. */
class DiaryStoreTest {

    @TempDir
    Path dir;

    private DiaryStore store() {
        return new DiaryStore(dir, StrictJson.create(), Clock.fixed(Instant.parse("2026-02-03T04:05:06Z"), ZoneOffset.UTC));
    }

    @Test
    void noFileIsAnEmptyDiary() {
        Loaded<Diary> loaded = store().load();
        assertEquals(Diary.empty(), loaded.value());
        assertTrue(loaded.notice().isEmpty());
    }

    @Test
    void everyFieldSurvivesARestart() throws Exception {
        NightEntry full = new NightEntry(Nights.START, 3, 7, 4, 6, Set.of(Place.RIGHT_FOOT, Place.BOTH), true, true,
                false, "after a long walk, \"cold\" feet\n和 中文", List.of(ReliefAnswer.YES, ReliefAnswer.A_LITTLE));
        Diary saved = Diary.of(List.of(full, night(1, 0, 0, false)));
        store().save(saved);

        assertEquals(saved, store().load().value());
        String json = Files.readString(dir.resolve(DiaryStore.FILE_NAME));
        assertTrue(json.contains("\"night\" : \"2026-03-01\"") && json.contains("[ \"right-foot\", \"both\" ]")
                && json.contains("\"a-little\""), json);
    }

    @Test
    void theSecondSaveKeepsTheFirstAsBackup() throws Exception {
        store().save(Diary.of(List.of(night(0, 1, 1, false))));
        store().save(Diary.of(List.of(night(0, 1, 1, false), night(1, 2, 2, false))));
        assertTrue(Files.readString(dir.resolve(DiaryStore.FILE_NAME + ".bak")).contains("2026-03-01"));
        assertEquals(2, store().load().value().size());
    }

    @Test
    void aDamagedFileIsSetAsideAndTheBackupRestored() throws Exception {
        store().save(Diary.of(List.of(night(0, 1, 1, false))));
        store().save(Diary.of(List.of(night(0, 1, 1, false), night(1, 2, 2, false))));
        Path file = dir.resolve(DiaryStore.FILE_NAME);
        Files.writeString(file, Files.readString(file).replace("\"cramps\" : 2", "\"cramps\" : 12"));

        Loaded<Diary> loaded = store().load();

        assertEquals(1, loaded.value().size());
        assertEquals(StoreNotice.Kind.RESTORED_FROM_BACKUP, loaded.notice().orElseThrow().kind());
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().startsWith("diary.json.corrupt-")));
        }
    }

    @Test
    void badDatesAndUnknownPlacesMakeTheFileDamaged() throws Exception {
        for (String bad : List.of("\"2026-02-30\"", "\"03/01/2026\"", "20260301")) {
            Files.writeString(dir.resolve(DiaryStore.FILE_NAME), "{\"schema\":1,\"entries\":[{\"night\":" + bad
                    + ",\"cramps\":1,\"worstSeverity\":1,\"longestMinutes\":1,\"sleepDisturbance\":1,\"where\":[],"
                    + "\"stretched\":false,\"newMedicine\":false,\"oneLegSwollen\":false,\"note\":\"\",\"helped\":[]}]}");
            Loaded<Diary> loaded = store().load();
            assertEquals(Diary.empty(), loaded.value(), bad);
            assertEquals(StoreNotice.Kind.RESET_TO_DEFAULTS, loaded.notice().orElseThrow().kind(), bad);
        }
        Files.writeString(dir.resolve(DiaryStore.FILE_NAME), "{\"schema\":1,\"entries\":[{\"night\":\"2026-03-01\""
                + ",\"cramps\":1,\"worstSeverity\":1,\"longestMinutes\":1,\"sleepDisturbance\":1,\"where\":[\"knee\"],"
                + "\"stretched\":false,\"newMedicine\":false,\"oneLegSwollen\":false,\"note\":\"\",\"helped\":[]}]}");
        assertTrue(store().load().notice().isPresent());
    }

    @Test
    void tenYearsOfNightsWithLongNotesFitTheFile() throws Exception {
        List<NightEntry> nights = new java.util.ArrayList<>();
        for (int i = 0; i < 3650; i++) {
            nights.add(new NightEntry(Nights.START.plusDays(i), i % 4, i % 11, i % 15, i % 9, Set.of(Place.LEFT_CALF),
                    i % 2 == 0, false, false, "夜".repeat(200), List.of(ReliefAnswer.YES)));
        }
        Diary big = Diary.of(nights);
        store().save(big);
        assertTrue(Files.size(dir.resolve(DiaryStore.FILE_NAME)) > StrictJson.MAX_DOCUMENT_BYTES);
        Loaded<Diary> loaded = store().load();
        assertTrue(loaded.notice().isEmpty(), () -> loaded.notice().orElseThrow().detail());
        assertEquals(big, loaded.value());
    }
}
