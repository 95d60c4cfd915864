package org.nightcramp.relief;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nightcramp.content.Guide;
import org.nightcramp.content.SafetyText;
import org.nightcramp.navigation.FakeNavigator;
import org.nightcramp.relief.ReliefDisplay.Screen;
import org.nightcramp.storage.StrictJson;

/**
 * The panel shows a step's safety points in the content's one wording: beside every stretch, and
 * at the clot check what a Yes means (not a hint of the UI's own).
 */
class ReliefSafetyTest {

    @TempDir
    Path dataDir;

    private final FakeClock clock = new FakeClock();

    private ReliefViewModel model(Guide guide, String locale) {
        ReliefServices services = new ReliefServices(clock, new FakeCuePlayer(SoundStatus.AVAILABLE),
                new ReliefPreferencesStore(dataDir, StrictJson.create(), Clock.systemUTC()));
        return new ReliefViewModel(guide, new ReliefText(TestRoutines.texts(locale)), services, () -> false,
                new FakeNavigator(), Clock.fixed(Instant.parse("2025-03-04T02:30:00Z"), ZoneOffset.UTC));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void theClotCheckSaysWhatAYesMeansInTheGuidesWording(String locale) {
        Guide guide = TestRoutines.guide(locale);
        ReliefViewModel model = model(guide, locale);
        model.toggle();
        clock.advanceSeconds(115);
        model.refresh();

        assertEquals(Screen.CHECK, model.display().screenProperty().get());
        assertEquals(SafetyText.join("", java.util.List.of(guide.safetyPoints().get("check-yes"),
                guide.safetyPoints().get("same-day"))), model.display().safetyProperty().get());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void everyStretchSaysStopBeforeItHurtsAndARestSaysNothing(String locale) {
        Guide guide = TestRoutines.guide(locale);
        ReliefViewModel model = model(guide, locale);
        model.startRoutine(TestRoutines.BEFORE_BED);
        String stop = guide.safetyPoints().get("stop-before-pain");
        int stretches = 0;
        // One second at a time through the whole routine: every hold of a stretch shows the point.
        for (int second = 0; second < 400 && model.display().screenProperty().get() != Screen.DONE; second++) {
            ReliefDisplay d = model.display();
            if (d.phaseKindProperty().get() == PhaseKind.HOLD) {
                assertEquals(stop, d.safetyProperty().get(), d.titleProperty().get());
                stretches++;
            } else if (d.phaseKindProperty().get() == PhaseKind.REST) {
                assertEquals("", d.safetyProperty().get(), d.titleProperty().get());
            }
            clock.advanceSeconds(1);
            model.refresh();
        }
        assertEquals(Screen.DONE, model.display().screenProperty().get());
        assertEquals(true, stretches > 100, "seen " + stretches + " seconds of stretching");
    }
}
