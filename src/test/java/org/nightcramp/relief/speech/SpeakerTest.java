package org.nightcramp.relief.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Words never hold up the clock: cut short, dropped, never queued; and only where a voice exists. */
class SpeakerTest {

    private long now = 9_000_000_000L;
    private final FakeSpeechEngine engine = new FakeSpeechEngine(Set.of("en", "zh"), () -> now);
    /** The worker, run by hand: tasks wait here as they would behind a busy thread. */
    private final Queue<Runnable> tasks = new ArrayDeque<>();
    private final Executor worker = tasks::add;
    private final Speaker speaker = new Speaker(List.of(engine), worker, () -> now);

    private void runWorker() {
        while (!tasks.isEmpty()) {
            tasks.poll().run();
        }
    }

    private void advanceMillis(long millis) {
        now += TimeUnit.MILLISECONDS.toNanos(millis);
    }

    @Test
    void saysTheWordsInTheirLanguageWhenAsked() {
        speaker.say("Left leg. Lean into the wall and hold.", Locale.ENGLISH, false);
        runWorker();
        advanceMillis(10_000);
        speaker.say("换右腿。", Locale.forLanguageTag("zh-CN"), false);
        runWorker();

        assertEquals(List.of(new FakeSpeechEngine.Said("Left leg. Lean into the wall and hold.", "en", 9_000_000_000L),
                new FakeSpeechEngine.Said("换右腿。", "zh-CN", 19_000_000_000L)), engine.said);
        assertEquals(VoiceStatus.AVAILABLE, speaker.status(Locale.ENGLISH));
    }

    @Test
    void theNextStepCutsWordsStillBeingSpokenShort() {
        speaker.say("Get ready.", Locale.ENGLISH, false);
        runWorker();
        speaker.say("Rest.", Locale.ENGLISH, false);
        runWorker();

        assertEquals(List.of("Get ready."), engine.cut);
        assertEquals(List.of("Get ready.", "Rest."), engine.words());
    }

    @Test
    void aCountNeverCutsAStepsWordsShortItIsDropped() {
        speaker.say("Left leg. Lean into the wall and hold.", Locale.ENGLISH, false);
        runWorker();
        speaker.say("Three", Locale.ENGLISH, true);
        runWorker();
        engine.finishSpeaking();
        speaker.say("Two", Locale.ENGLISH, true);
        runWorker();
        speaker.say("One", Locale.ENGLISH, true);
        runWorker();

        assertEquals(List.of("Left leg. Lean into the wall and hold.", "Two", "One"), engine.words());
        assertEquals(List.of("Two"), engine.cut);
    }

    @Test
    void requestsNotYetStartedAreReplacedNotQueued() {
        speaker.say("Three", Locale.ENGLISH, true);
        speaker.say("Two", Locale.ENGLISH, true);
        speaker.say("One", Locale.ENGLISH, true);
        runWorker();

        assertEquals(List.of("One"), engine.words());
    }

    @Test
    void wordsTheWorkerReachesTooLateAreDropped() {
        speaker.say("Rest.", Locale.ENGLISH, false);
        advanceMillis(TimeUnit.NANOSECONDS.toMillis(Speaker.STALE_NANOS) + 1);
        runWorker();

        assertEquals(List.of(), engine.words());
    }

    @Test
    void hushCutsTheWordsAndDropsAnyWaiting() {
        speaker.say("Get ready.", Locale.ENGLISH, false);
        runWorker();
        speaker.say("Rest.", Locale.ENGLISH, false);
        speaker.hush();
        runWorker();

        assertEquals(List.of("Get ready."), engine.words());
        assertEquals(List.of("Get ready."), engine.cut);
    }

    @Test
    void aLanguageWithoutAVoiceIsSaidToBeUnavailableAndStaysSilent() {
        Locale french = Locale.FRENCH;
        assertEquals(VoiceStatus.UNKNOWN, speaker.status(french));
        speaker.prepare(french);
        runWorker();
        speaker.say("Repos.", french, false);
        runWorker();

        assertEquals(VoiceStatus.UNAVAILABLE, speaker.status(french));
        assertEquals(List.of(), engine.words());
    }

    @Test
    void withoutAnySpeechProgramEveryLanguageIsUnavailable() {
        Speaker none = new Speaker(List.of(), worker, () -> now);
        none.prepare(Locale.ENGLISH);
        runWorker();

        assertEquals(VoiceStatus.UNAVAILABLE, none.status(Locale.ENGLISH));
    }
}
