package org.nightcramp.relief;

import org.nightcramp.navigation.FakeNavigator;
import org.nightcramp.l10n.Texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nightcramp.relief.ReliefDisplay.Screen;
import org.nightcramp.storage.StrictJson;

/**
 * After a Yes to a sign of a possible clot the routine stops guiding (no walking, no warmth, no
 * massage) until the person has seen the help panel, and says so, in both languages.
 */
class ReliefHelpFirstTest {

    @TempDir
    Path dataDir;

    private final FakeClock clock = new FakeClock();
    private final List<String> events = new ArrayList<>();
    private boolean clotSignInAnswers;
    private ReliefViewModel model;

    private ReliefViewModel model(String locale) {
        ReliefServices services = new ReliefServices(clock, new FakeCuePlayer(SoundStatus.AVAILABLE),
                new ReliefPreferencesStore(dataDir, StrictJson.create(), Clock.systemUTC()));
        model = new ReliefViewModel(TestRoutines.guide(locale),
                new ReliefText(TestRoutines.texts(locale)), services,
                () -> clotSignInAnswers, new FakeNavigator().calling(this::helpShown, events::add),
                Clock.fixed(Instant.parse("2025-03-04T02:30:00Z"), ZoneOffset.UTC));
        return model;
    }

    /** What the person sees while the help panel is open: the routine must not be guiding then. */
    private void helpShown() {
        events.add("help " + model.display().screenProperty().get() + " " + model.display().stateProperty().get());
    }

    private void advance(double seconds) {
        clock.advanceSeconds(seconds);
        model.refresh();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void aYesAtTheCheckStopsTheRoutineAndSaysSoWhileHelpIsOpen(String locale) {
        Texts words = TestRoutines.texts(locale);
        model(locale).toggle();
        advance(115);
        model.answerCheck(true);

        assertEquals(List.of("help HELP WAITING"), events, "help opens over the stop, not over the walk");
        assertEquals(EngineState.PAUSED, model.display().stateProperty().get());
        assertEquals(words.text("relief.status.afterHelp"), model.display().statusProperty().get());
        advance(120);
        assertEquals(EngineState.PAUSED, model.display().stateProperty().get(), "the walk waits for the person");
    }

    @Test
    void aClotSignInTheAnswersStopsBeforeTheWalkUntilHelpIsSeen() {
        clotSignInAnswers = true;
        Texts words = TestRoutines.texts("en");
        model("en").toggle();
        advance(116);

        assertEquals(Screen.HELP, model.display().screenProperty().get());
        assertEquals(words.text("relief.helpFirst.title"), model.display().titleProperty().get());
        assertEquals(words.text("relief.helpFirst.text"), model.display().instructionProperty().get());
        assertTrue(events.isEmpty(), "no dialog springs open mid-routine; the stop offers Get help");

        model.toggle();
        model.skip();
        advance(600);
        assertEquals(Screen.HELP, model.display().screenProperty().get(), "Space, skip and time do not pass the stop");
        assertFalse(model.display().canSkipProperty().get());

        model.openHelpFirst();
        assertEquals(List.of("help HELP WAITING"), events);
        assertEquals(Screen.TIMER, model.display().screenProperty().get());
        assertEquals(PhaseKind.WALK, model.display().phaseKindProperty().get());
        assertEquals(EngineState.PAUSED, model.display().stateProperty().get());
        model.toggle();
        advance(1);
        assertEquals(EngineState.RUNNING, model.display().stateProperty().get(), "going on is the person's choice");
    }

    @Test
    void aNoAtTheCheckGoesStraightOnWithoutAStop() {
        model("en").toggle();
        advance(115);
        model.answerCheck(false);
        advance(1);

        assertEquals(PhaseKind.MASSAGE, model.display().phaseKindProperty().get());
        assertTrue(events.isEmpty());
    }
}
