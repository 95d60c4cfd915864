package org.nightcramp.relief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nightcramp.content.Guide;
import org.nightcramp.navigation.FakeNavigator;
import org.nightcramp.relief.ReliefDisplay.PrimaryAction;
import org.nightcramp.relief.ReliefDisplay.Screen;
import org.nightcramp.storage.StrictJson;

/** The panel's state and commands without a window: words, screens, choices, sound and answers. */
class ReliefViewModelTest {

    @TempDir
    Path dataDir;

    private final FakeClock clock = new FakeClock();
    private final FakeCuePlayer cues = new FakeCuePlayer(SoundStatus.AVAILABLE);
    private final FakeNavigator navigator = new FakeNavigator();
    private final List<String> notices = navigator.notices();
    private boolean massageNotAdvised;

    private ReliefViewModel model(String locale) {
        Guide guide = TestRoutines.guide(locale);
        ReliefServices services = new ReliefServices(clock, cues, store());
        return model(guide, locale, services);
    }

    private ReliefViewModel model(Guide guide, String locale, ReliefServices services) {
        return new ReliefViewModel(guide, new ReliefText(TestRoutines.texts(locale)),
                services, () -> massageNotAdvised, navigator,
                Clock.fixed(Instant.parse("2025-03-04T02:30:00Z"), ZoneOffset.UTC));
    }

    private ReliefPreferencesStore store() {
        return new ReliefPreferencesStore(dataDir, StrictJson.create(), Clock.systemUTC());
    }

    private void advance(ReliefViewModel model, double seconds) {
        clock.advanceSeconds(seconds);
        model.refresh();
    }

    @Test
    void showsTheFirstRoutineReadyToStart() {
        ReliefViewModel model = model("en");
        ReliefDisplay d = model.display();

        assertEquals("cramp-now", model.choices().routineProperty().get().id());
        assertEquals(EngineState.IDLE, d.stateProperty().get());
        assertEquals(PrimaryAction.START, d.primaryActionProperty().get());
        assertEquals("Get ready", d.titleProperty().get());
        assertEquals("5", d.countdownProperty().get());
        assertEquals("Step 1 of 5 · The cramped leg", d.stepProperty().get());
        assertEquals("Next: Pull your toes up, 30 s", d.nextProperty().get());
        assertEquals("Press Start or Space when you are ready. 3:55 in all.", d.statusProperty().get());
        assertEquals("toe-pull.svg", d.illustrationProperty().get());
        assertEquals("foot", d.partProperty().get(), "the foot waits relaxed for the first pull");
        assertEquals(Motion.FOOT_RELAXED, d.partRotateProperty().get());
        assertEquals(30, model.choices().holdSecondsProperty().get());
        assertEquals(3, model.choices().repetitionsProperty().get());
    }

    @Test
    void runsThroughAHoldWithItsWordsAndPose() {
        ReliefViewModel model = model("en");
        ReliefDisplay d = model.display();
        model.toggle();
        advance(model, 8);

        assertEquals("Pull your toes up", d.titleProperty().get());
        assertEquals("Hold 1 of 3", d.counterProperty().get());
        assertEquals("27", d.countdownProperty().get());
        assertEquals("27 seconds left", d.countdownAccessibleProperty().get());
        assertEquals(0, d.partRotateProperty().get(), "flexed");
        assertEquals(PrimaryAction.PAUSE, d.primaryActionProperty().get());
        assertEquals("About 3:47 left", d.overallProperty().get());
        assertEquals(List.of(Cue.STEP_CHANGE, Cue.STEP_CHANGE), cues.played);
        assertEquals(1, cues.prepared, "the sound device is opened as the routine starts");

        advance(model, 26.5);
        assertEquals(List.of(Cue.TICK), cues.played.subList(2, cues.played.size()), "three ticks fell in one jump; one sounds");
        advance(model, 0.5);
        assertEquals("Ease off", d.titleProperty().get());
        assertEquals("Then hold 2 of 3", d.counterProperty().get());
        assertEquals("Ease off a little and breathe slowly. Keep your leg straight.", d.instructionProperty().get());
        assertEquals(Cue.STEP_CHANGE, cues.played.get(cues.played.size() - 1));
    }

    @Test
    void pauseAndResumeKeepTheTimeLeft() {
        ReliefViewModel model = model("en");
        model.toggle();
        advance(model, 10);
        model.toggle();
        advance(model, 300);

        assertEquals(PrimaryAction.RESUME, model.display().primaryActionProperty().get());
        assertEquals("25", model.display().countdownProperty().get());
        assertEquals("Paused. Press Space to go on.", model.display().statusProperty().get());
        model.toggle();
        advance(model, 1);
        assertEquals("24", model.display().countdownProperty().get());
    }

    @Test
    void clotCheckYesSkipsTheMassageAndOpensTheHelp() {
        ReliefViewModel model = model("en");
        model.toggle();
        advance(model, 115);
        assertEquals(Screen.CHECK, model.display().screenProperty().get());
        assertFalse(model.display().canSkipProperty().get());

        model.answerCheck(true);
        assertEquals(1, navigator.helpOpened());
        assertEquals("Walk on your heels", model.display().titleProperty().get());
        assertEquals(EngineState.PAUSED, model.display().stateProperty().get());
        assertTrue(model.massageNoteProperty().get().startsWith("Massage skipped"));
        assertEquals(TestRoutines.texts("en").text("relief.status.afterHelp"),
                model.display().statusProperty().get());
    }

    @Test
    void clotCheckNoGoesOnToTheMassage() {
        ReliefViewModel model = model("en");
        model.toggle();
        advance(model, 115);
        model.answerCheck(false);
        advance(model, 1);

        assertEquals(0, navigator.helpOpened());
        assertEquals("Gentle massage", model.display().titleProperty().get());
        assertEquals("hands", model.display().partProperty().get());
        assertEquals("59", model.display().countdownProperty().get());
    }

    @Test
    void massageNotAdvisedLeavesItOutAndSaysWhy() {
        massageNotAdvised = true;
        ReliefViewModel model = model("en");
        model.toggle();
        advance(model, 116);

        assertEquals(Screen.HELP, model.display().screenProperty().get());
        assertEquals("Step 3 of 4", model.display().stepProperty().get());
        assertEquals("Massage is left out: your answers suggest it is not advised for you.",
                model.massageNoteProperty().get());
        model.openHelpFirst();
        assertEquals("Walk on your heels", model.display().titleProperty().get());
        assertEquals("Step 4 of 4", model.display().stepProperty().get());
    }

    @Test
    void theEndAsksWhetherItHelpedAndKeepsTheAnswer() throws Exception {
        ReliefViewModel model = model("en");
        model.choices().routineProperty().set(TestRoutines.guide("en").routine("before-bed").orElseThrow());
        model.toggle();
        advance(model, 221);
        assertEquals(Screen.DONE, model.display().screenProperty().get());
        assertEquals(Cue.END, cues.played.get(cues.played.size() - 1));
        assertNull(model.helpAnswerProperty().get());

        model.answerHelped(HelpAnswer.A_LITTLE);
        model.answerHelped(HelpAnswer.NO);
        assertEquals(HelpAnswer.A_LITTLE, model.helpAnswerProperty().get(), "answered once");
        assertEquals(List.of(HelpRecord.of(Instant.parse("2025-03-04T02:30:00Z"), "before-bed", HelpAnswer.A_LITTLE)),
                store().load().value().history());
    }

    @Test
    void choicesAreRememberedPerRoutineAndShapeTheNextRun() {
        ReliefViewModel model = model("en");
        model.choices().holdSecondsProperty().set(45);
        model.choices().repetitionsProperty().set(2);
        assertEquals("About 3:45 left", model.display().overallProperty().get());
        model.choices().routineProperty().set(TestRoutines.guide("en").routine("before-bed").orElseThrow());
        assertEquals(10, model.choices().holdSecondsProperty().get(), "before bed keeps the content's 10 s");

        ReliefViewModel again = model("en");
        assertEquals(45, again.choices().holdSecondsProperty().get());
        assertEquals(2, again.choices().repetitionsProperty().get());
        again.toggle();
        advance(again, 5);
        assertEquals("45", again.display().countdownProperty().get());
        assertEquals("Hold 1 of 2", again.display().counterProperty().get());
    }

    @Test
    void mutedRoutineSoundsNothingButStillShowsTheCues() {
        ReliefViewModel model = model("en");
        model.mutedProperty().set(true);
        model.toggle();
        advance(model, 6);

        assertEquals(List.of(), cues.played);
        assertEquals(Cue.STEP_CHANGE, model.lastCueProperty().get().cue());
        assertTrue(model("en").mutedProperty().get(), "mute is remembered");
    }

    @Test
    void withoutSoundThePersonIsToldOnceAndTheRoutineRuns() {
        cues.status = SoundStatus.UNAVAILABLE;
        ReliefServices services = new ReliefServices(clock, cues, store());
        ReliefViewModel model = model(TestRoutines.guide("en"), "en", services);
        model.refresh();
        assertEquals(List.of(), notices, "nothing is said before a routine starts");

        model.toggle();
        advance(model, 40);
        model.restart();
        advance(model, 1);
        ReliefViewModel rebuilt = model(TestRoutines.guide("zh-CN"), "zh-CN", services);
        rebuilt.toggle();

        assertEquals(List.of("This computer has no sound device the app can use, so the routine shows its cues on screen only."),
                notices);
        assertFalse(model.soundAvailableProperty().get());
        assertEquals(EngineState.RUNNING, model.display().stateProperty().get(), "the routine runs on, silently");
    }

    @Test
    void f5StartsCrampNowFromAnotherRoutineAndResumesItWhenPaused() {
        ReliefViewModel model = model("en");
        model.choices().routineProperty().set(TestRoutines.guide("en").routine("before-bed").orElseThrow());
        model.toggle();
        advance(model, 30);

        model.startCrampNow();
        assertEquals("cramp-now", model.choices().routineProperty().get().id());
        assertEquals(EngineState.RUNNING, model.display().stateProperty().get());
        advance(model, 12);
        model.pause();
        model.startCrampNow();
        assertEquals(EngineState.RUNNING, model.display().stateProperty().get());
        assertEquals("23", model.display().countdownProperty().get(), "F5 again goes on; it does not start over");
    }

    @Test
    void chineseWordsComeFromTheChineseBundleAndGuide() {
        ReliefViewModel model = model("zh-CN");
        model.toggle();
        advance(model, 6);

        assertEquals("勾脚尖", model.display().titleProperty().get());
        assertEquals("第 1 次，共 3 次", model.display().counterProperty().get());
        assertEquals("第 2 步，共 5 步 · 抽筋的那条腿", model.display().stepProperty().get());
        assertEquals("还剩约 3 分 49 秒", model.display().overallProperty().get());
    }

    @Test
    void aDamagedFileIsReportedOnce() throws Exception {
        Files.writeString(dataDir.resolve(ReliefPreferencesStore.FILE_NAME), "{\"schema\": 1,");
        ReliefServices services = new ReliefServices(clock, cues, store());
        model(TestRoutines.guide("en"), "en", services);
        model(TestRoutines.guide("en"), "en", services);

        assertEquals(1, notices.size());
        assertTrue(notices.get(0).contains("relief.json.corrupt-"), notices.get(0));
    }
}
