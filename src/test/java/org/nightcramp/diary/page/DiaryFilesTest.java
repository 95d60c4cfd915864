package org.nightcramp.diary.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nightcramp.diary.Diary;
import org.nightcramp.diary.DiaryStore;
import org.nightcramp.diary.NightEntry;
import org.nightcramp.diary.ReliefAnswer;
import org.nightcramp.l10n.Texts;
import org.nightcramp.storage.StrictJson;

/** The page's CSV buttons and what the routines fill in, without a window. */
class DiaryFilesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T03:00:00Z"), ZoneId.of("UTC"));
    private static final LocalDate NIGHT = LocalDate.of(2026, 12, 4);
    private static final Texts EN = Texts.ui(Locale.ENGLISH);

    @TempDir
    Path dataDir;

    private final DiaryViewModelTest.FakeNavigator navigator = new DiaryViewModelTest.FakeNavigator();
    private DiaryStore store;
    private DiaryBook book;
    private DiaryFiles files;

    @BeforeEach
    void open() {
        store = new DiaryStore(dataDir, StrictJson.create(), CLOCK);
        book = new DiaryBook(store, Diary.empty());
        files = new DiaryFiles(book, EN, navigator, CLOCK);
    }

    @Test
    void exportsAndImportsBackTheSameNights() throws Exception {
        book.put(entry(NIGHT, 2));
        book.put(entry(NIGHT.minusDays(1), 0));
        Path csv = dataDir.resolve("out.csv");
        assertTrue(files.export(csv));
        assertTrue(Files.readString(csv).startsWith("date,cramps,worst_severity"));
        book.replace(Diary.empty());
        assertTrue(files.importFrom(csv));
        assertEquals(2, store.load().value().size());
        assertTrue(navigator.asked.isEmpty(), "nothing to replace, nothing to ask");
    }

    @Test
    void aBadRowRejectsTheFileNamingTheLineAndLeavesTheDiaryAsItWas() throws Exception {
        book.put(entry(NIGHT, 2));
        Diary before = book.diary();
        Path csv = dataDir.resolve("bad.csv");
        Files.writeString(csv, "date,cramps,worst_severity,longest_minutes,sleep_disturbance,where,stretched,new_medicine,note\n"
                + "2026-12-01,2,5,3,4,left-calf,yes,no,\n2026-12-02,lots,5,3,4,left-calf,yes,no,\n");
        assertFalse(files.importFrom(csv));
        assertEquals(before, book.diary());
        String said = navigator.notices.get(0);
        assertTrue(said.contains("bad.csv") && said.contains("3") && said.contains("cramps"), said);
    }

    @Test
    void overlappingNightsAreReplacedOnlyWhenThePersonAgrees() throws Exception {
        book.put(entry(NIGHT, 2).withCrampNow(ReliefAnswer.YES));
        Path csv = dataDir.resolve("in.csv");
        Files.writeString(csv, "date,cramps,worst_severity,longest_minutes,sleep_disturbance,where,stretched,new_medicine,note\n"
                + NIGHT + ",5,5,3,4,,no,no,\n");
        navigator.answer = false;
        assertFalse(files.importFrom(csv));
        assertEquals(3, book.diary().entry(NIGHT).orElseThrow().cramps());
        assertEquals("diaryImport", navigator.asked.get(0).id());
        navigator.answer = true;
        assertTrue(files.importFrom(csv));
        NightEntry replaced = store.load().value().entry(NIGHT).orElseThrow();
        assertEquals(5, replaced.cramps());
        assertEquals(List.of(ReliefAnswer.YES), replaced.helped(), "the routine's answers stay");
    }

    @Test
    void theRoutinesFillInTheNightUnderWay() {
        RoutineEntries routines = new RoutineEntries(book, CLOCK);
        assertTrue(routines.crampNow(ReliefAnswer.A_LITTLE));
        assertTrue(routines.crampNow(ReliefAnswer.YES));
        assertTrue(routines.stretchDone());
        // 3 a.m. on the 5th belongs to the night of the 4th.
        NightEntry night = store.load().value().entry(NIGHT).orElseThrow();
        assertEquals(2, night.cramps());
        assertEquals(List.of(ReliefAnswer.A_LITTLE, ReliefAnswer.YES), night.helped());
        assertTrue(night.stretched());
    }

    private static NightEntry entry(LocalDate night, int cramps) {
        return new NightEntry(night, cramps, 4, 2, 3, Set.of(), false, false, false, "", List.of());
    }
}
