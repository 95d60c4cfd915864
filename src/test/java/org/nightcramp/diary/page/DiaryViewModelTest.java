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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nightcramp.diary.Diary;
import org.nightcramp.diary.DiaryStore;
import org.nightcramp.diary.NightEntry;
import org.nightcramp.diary.Place;
import org.nightcramp.diary.TrendSpan;
import org.nightcramp.l10n.Texts;
import org.nightcramp.navigation.Confirmation;
import org.nightcramp.navigation.Navigator;
import org.nightcramp.navigation.Page;
import org.nightcramp.storage.JsonFileStore;
import org.nightcramp.storage.StrictJson;

/** The Diary page's state and commands without a window: saving, warnings, the trend, "What changed". */
class DiaryViewModelTest {

    /** 8 a.m. on the 5th: the night just over is the night of the 4th. */
    private static final Clock MORNING = Clock.fixed(Instant.parse("2026-12-05T08:00:00Z"), ZoneId.of("UTC"));
    private static final LocalDate LAST_NIGHT = LocalDate.of(2026, 12, 4);
    private static final Texts EN = Texts.ui(Locale.ENGLISH);

    @TempDir
    Path dataDir;

    private final FakeNavigator navigator = new FakeNavigator();
    private DiaryStore store;
    private DiaryBook book;

    @BeforeEach
    void open() {
        store = new DiaryStore(dataDir, StrictJson.create(), MORNING);
        book = new DiaryBook(store, store.load().value());
    }

    private DiaryViewModel model() {
        MorningPrompts prompts = new MorningPrompts(new JsonFileStore<>(dataDir.resolve(MorningPrompt.FILE_NAME),
                MorningPrompt.class, StrictJson.create(), MorningPrompt::defaults, MORNING), MORNING);
        return new DiaryViewModel(book, new DiaryText(EN), MORNING, navigator, prompts);
    }

    @Test
    void opensAtLastNightWithAQuietFormAndSavesTheMomentSaveIsPressed() throws Exception {
        DiaryViewModel model = model();
        assertEquals(LAST_NIGHT, model.nightProperty().get());
        assertFalse(model.loggedProperty().get());
        assertEquals(0, model.form().crampsProperty().get());
        model.form().crampsProperty().set(2);
        model.form().worstSeverityProperty().set(6);
        model.form().placeProperty(Place.LEFT_CALF).set(true);
        model.form().noteProperty().set("after a long walk");
        model.save();
        NightEntry saved = store.load().value().entry(LAST_NIGHT).orElseThrow();
        assertEquals(2, saved.cramps());
        assertEquals(6, saved.worstSeverity());
        assertEquals(Set.of(Place.LEFT_CALF), saved.where());
        assertEquals("after a long walk", saved.note());
        assertTrue(model.loggedProperty().get());
        assertTrue(model.statusProperty().get().startsWith("Saved the night of"), model.statusProperty().get());
        assertEquals(0, navigator.helpOpened);
        assertTrue(Files.exists(store.file()));
    }

    @Test
    void anotherNightLoadsItsEntryForCorrection() {
        book.put(entry(LAST_NIGHT.minusDays(2), 3, 7, false));
        DiaryViewModel model = model();
        model.previousNight();
        model.previousNight();
        assertTrue(model.loggedProperty().get());
        assertEquals(3, model.form().crampsProperty().get());
        model.form().crampsProperty().set(1);
        model.save();
        assertEquals(1, book.diary().entry(LAST_NIGHT.minusDays(2)).orElseThrow().cramps());
        assertEquals(1, book.diary().size());
    }

    @Test
    void noNightLaterThanTheOneUnderWay() {
        DiaryViewModel model = model();
        model.nextNight();
        // At 8 a.m. the night under way is last night: there is no later one to log.
        assertEquals(LAST_NIGHT, model.nightProperty().get());
        assertFalse(model.hasNextNight());
        model.nightProperty().set(LAST_NIGHT.plusDays(3));
        assertEquals(LAST_NIGHT, model.nightProperty().get());
    }

    @Test
    void aLongCrampOrTheSwollenLegBoxBringsUpTheUrgentHelpPanel() {
        DiaryViewModel model = model();
        model.form().longestMinutesProperty().set(12);
        model.save();
        assertEquals(1, navigator.helpOpened);
        assertTrue(model.urgentProperty().get());
        assertTrue(model.statusProperty().get().contains(EN.text("diary.warning.longCramp", 10)),
                model.statusProperty().get());
        model.form().longestMinutesProperty().set(10);
        model.save();
        assertEquals(1, navigator.helpOpened, "exactly ten minutes is not over the limit");
        assertFalse(model.urgentProperty().get());
        model.form().oneLegSwollenProperty().set(true);
        model.save();
        assertEquals(2, navigator.helpOpened);
        assertTrue(book.diary().entry(LAST_NIGHT).orElseThrow().oneLegSwollen(), "saved even so");
    }

    @Test
    void theTrendFollowsTheDiaryAndTheChosenWeeks() {
        DiaryViewModel model = model();
        assertTrue(model.trendProperty().get().isEmpty());
        assertEquals(EN.text("diary.page.chart.empty", 4), model.trendSummaryProperty().get());
        for (int i = 0; i < 3; i++) {
            book.put(entry(LAST_NIGHT.minusDays(i), i + 1, 5, i == 0));
        }
        assertEquals(3, model.trendProperty().get().loggedNights());
        assertEquals(28, model.trendProperty().get().points().size());
        assertEquals(EN.text("diary.page.chart.summary", 4, 3, 6, 1), model.trendSummaryProperty().get());
        model.spanProperty().set(TrendSpan.TWO_WEEKS);
        assertEquals(14, model.trendProperty().get().points().size());
        assertEquals(LAST_NIGHT, model.trendProperty().get().last());
    }

    @Test
    void whatChangedWaitsForSevenNightsEachThenShowsBothSides() {
        DiaryViewModel model = model();
        assertTrue(model.whatChangedProperty().get().isEmpty());
        assertEquals(EN.text("diary.page.changed.notYet", 7, 0, 0), model.notYetProperty().get());
        List<NightEntry> nights = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            boolean stretched = i % 2 == 0;
            nights.add(entry(LAST_NIGHT.minusDays(i), stretched ? 1 : 3, stretched ? 2 : 6, stretched));
        }
        book.replace(Diary.of(nights));
        List<List<DiaryText.Side>> rows = model.whatChangedProperty().get();
        assertEquals(1, rows.size(), "with and without; not yet two weeks against two weeks");
        assertEquals(EN.text("diary.page.changed.withStretch", 7), rows.get(0).get(0).heading());
        assertEquals(EN.text("diary.page.changed.values", 1.0, 2.0), rows.get(0).get(0).values());
        assertEquals(EN.text("diary.page.changed.values", 3.0, 6.0), rows.get(0).get(1).values());
        assertEquals("", model.notYetProperty().get());
    }

    @Test
    void frequentNightsShowAPlainSeeADoctorLine() {
        DiaryViewModel model = model();
        assertEquals("", model.doctorLineProperty().get());
        List<NightEntry> nights = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            nights.add(entry(LAST_NIGHT.minusDays(i), i % 7 < 4 ? 1 : 0, 3, false));
        }
        book.replace(Diary.of(nights));
        assertEquals(EN.text("diary.warning.frequentNights", 4, 2), model.doctorLineProperty().get());
        assertEquals(0, navigator.helpOpened, "advice, not an emergency");
    }

    @Test
    void anEntryTheRoutinesAddShowsInTheFormOpenOnThatNight() {
        DiaryViewModel model = model();
        book.update(LAST_NIGHT, e -> e.withStretched(true));
        assertTrue(model.form().stretchedProperty().get());
        assertTrue(model.loggedProperty().get());
    }

    @Test
    void anUnwritableDiaryIsSaidAndTheEntryKeptForThisRun() throws Exception {
        Files.createDirectories(dataDir.resolve(DiaryStore.FILE_NAME));
        DiaryViewModel model = model();
        model.form().crampsProperty().set(1);
        model.save();
        assertEquals(List.of(EN.text("diary.page.notSaved", store.file())), navigator.notices);
        assertEquals(1, book.diary().entry(LAST_NIGHT).orElseThrow().cramps());
    }

    private static NightEntry entry(LocalDate night, int cramps, int severity, boolean stretched) {
        return new NightEntry(night, cramps, severity, 1, 2, Set.of(), stretched, false, false, "", List.of());
    }

    /** Counts what the page asked of the window. */
    static final class FakeNavigator implements Navigator {
        int helpOpened;
        final List<String> notices = new ArrayList<>();
        boolean answer;
        final List<Confirmation> asked = new ArrayList<>();

        @Override
        public void show(Page page) {
        }

        @Override
        public void openHelp() {
            helpOpened++;
        }

        @Override
        public void openReader(String sectionId) {
        }

        @Override
        public void startRoutine(String routineId) {
        }

        @Override
        public void showNotice(String text) {
            notices.add(text);
        }

        @Override
        public boolean confirm(Confirmation question) {
            asked.add(question);
            return answer;
        }

        @Override
        public Window owner() {
            return null;
        }
    }
}
