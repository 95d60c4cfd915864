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
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nightcramp.content.Guide;
import org.nightcramp.relief.speech.FakeSpeechEngine;
import org.nightcramp.relief.speech.Speaker;
import org.nightcramp.storage.StrictJson;

/** The Voice switch and the screen kept awake, driven by a fake clock through the view model. */
class ReliefVoiceAndScreenTest {

    @TempDir
    Path dataDir;

    private final FakeClock clock = new FakeClock();
    private final FakeCuePlayer tones = new FakeCuePlayer(SoundStatus.AVAILABLE);
    private final FakeSpeechEngine voice = new FakeSpeechEngine(Set.of("en", "zh"), clock::nanos);
    private final FakeScreenInhibitor screen = new FakeScreenInhibitor();
    private final List<String> notices = new ArrayList<>();
    private ReliefViewModel model;

    private ReliefServices services(FakeSpeechEngine engine) {
        Speaker speaker = new Speaker(engine == null ? List.of() : List.of(engine), Runnable::run, clock::nanos);
        return new ReliefServices(clock, new SpeakingCuePlayer(tones, speaker),
                new ReliefPreferencesStore(dataDir, StrictJson.create(), Clock.systemUTC()),
                Optional.of(ReliefServices.voiceStore(dataDir, StrictJson.create())), screen);
    }

    private ReliefViewModel model(String locale, ReliefServices services) {
        Guide guide = TestRoutines.guide(locale);
        model = new ReliefViewModel(guide, new ReliefText(TestRoutines.texts(locale)),
                services, () -> false, new FakeNavigator().calling(() -> { }, notices::add),
                Clock.fixed(Instant.parse("2025-03-04T02:30:00Z"), ZoneOffset.UTC));
        return model;
    }

    private void beforeBed() {
        model.choices().routineProperty().set(model.routines().stream()
                .filter(r -> r.id().equals(TestRoutines.BEFORE_BED)).findFirst().orElseThrow());
    }

    private void advance(double seconds) {
        clock.advanceSeconds(seconds);
        model.refresh();
    }

    /** Runs the routine a second at a time, letting each line finish, as a person would hear it. */
    private void runFor(int seconds) {
        for (int i = 0; i < seconds; i++) {
            voice.finishSpeaking();
            advance(1);
        }
    }

    @Test
    void theVoiceIsOffUntilTurnedOnAndThenRemembered() {
        model("en", services(voice));
        assertFalse(model.voiceProperty().get());
        model.voiceProperty().set(true);

        assertTrue(model("en", services(voice)).voiceProperty().get(), "kept in voice.json");
    }

    @Test
    void theBeforeBedStretchIsSpokenStepByStepWithFullTimeForEachSide() {
        model("en", services(voice));
        model.voiceProperty().set(true);
        beforeBed();
        model.toggle();
        runFor(221);

        Texts words = TestRoutines.texts("en");
        List<String> said = voice.words();
        assertEquals(TestRoutines.guide("en").routine("before-bed").orElseThrow().steps().get(0).spoken(), said.get(0));
        assertEquals(List.of("Left leg. Lean into the wall and hold.", "Three", "Two", "One",
                words.text("relief.spoken.rest"), words.text("relief.spoken.holdAgain")), said.subList(1, 7));
        int switchAt = said.indexOf("Switch to your right leg.");
        assertTrue(switchAt > 0, said::toString);
        assertEquals("Right leg. Lean into the wall and hold.", said.get(switchAt + 1));
        assertEquals(words.text("relief.spoken.done"), said.get(said.size() - 1));
        assertTrue(voice.said.stream().allMatch(s -> s.language().equals("en")));
        long switchedAt = voice.said.get(switchAt).at();
        long rightAt = voice.said.get(switchAt + 1).at();
        assertEquals(10_000_000_000L, rightAt - switchedAt, "the switch has its own 10 s; the right side its full time");
        assertFalse(tones.played.contains(Cue.TICK), "the spoken count stands in for the ticks");
        assertTrue(tones.played.contains(Cue.STEP_CHANGE), "the chimes still sound with Sound on");
    }

    @Test
    void chineseIsSpokenInChineseFromTheChineseContent() {
        model("zh-CN", services(voice));
        model.voiceProperty().set(true);
        model.toggle();
        runFor(6);

        Texts words = TestRoutines.texts("zh-CN");
        assertEquals(List.of("准备。坐起来，把抽筋的腿伸直。", "把脚尖往小腿方向勾，膝盖伸直，保持住。"), voice.words());
        assertTrue(voice.said.stream().allMatch(s -> s.language().equals("zh-CN")));
        runFor(30);
        assertTrue(voice.words().containsAll(List.of(words.text("relief.spoken.count.three"),
                words.text("relief.spoken.count.one"))), voice.words()::toString);
    }

    @Test
    void voiceOffSaysNothing() {
        model("en", services(voice));
        model.toggle();
        runFor(40);

        assertEquals(List.of(), voice.said);
        assertTrue(tones.played.contains(Cue.TICK));
    }

    @Test
    void withoutAVoiceTheTonesGoOnAndThePageSaysSoOnce() {
        model("en", services(null));
        model.voiceProperty().set(true);
        model.toggle();
        runFor(40);
        model.restart();
        runFor(5);

        assertEquals(List.of(TestRoutines.texts("en").text("relief.notice.noVoice").replace("{0}", "English")),
                notices);
        assertTrue(tones.played.contains(Cue.TICK), "tones only");
    }

    @Test
    void theScreenIsHeldOnlyWhileTheRoutineRunsOrAsks() {
        model("en", services(voice));
        assertFalse(screen.held, "idle");
        model.toggle();
        assertTrue(screen.held, "running");
        model.toggle();
        assertFalse(screen.held, "paused");
        model.toggle();
        assertTrue(screen.held, "resumed");
        advance(115);
        assertEquals(EngineState.WAITING, model.display().stateProperty().get());
        assertTrue(screen.held, "the question stays readable");
        model.answerCheck(false);
        model.stop();
        assertFalse(screen.held, "stopped");
        model.toggle();
        model.leave();
        assertFalse(screen.held, "the page was left");
        beforeBed();
        model.toggle();
        advance(221);
        assertEquals(EngineState.FINISHED, model.display().stateProperty().get());
        assertFalse(screen.held, "finished");
        assertEquals(List.of("hold", "release", "hold", "release", "hold", "release", "hold", "release"),
                screen.calls);
    }

    @Test
    void pausingCutsTheWordsShort() {
        model("en", services(voice));
        model.voiceProperty().set(true);
        model.toggle();
        model.toggle();

        assertEquals(List.of(TestRoutines.guide("en").routines().get(0).steps().get(0).spoken()), voice.cut);
    }
}
