package org.nightcramp.relief;

import java.util.Locale;
import java.util.function.Consumer;
import org.nightcramp.relief.speech.VoiceStatus;

/**
 * What a refresh does beyond the screen: the tones, the spoken words and the screen kept awake.
 * Nothing here waits: the players return at once, and speech is cut short or dropped, never queued.
 */
final class RoutineOutputs {

    private final ReliefServices services;
    private final ReliefText text;
    private final Locale language;
    private boolean awake;

    /** @param language the routine's language, which the words are spoken in */
    RoutineOutputs(ReliefServices services, ReliefText text, Locale language) {
        this.services = services;
        this.text = text;
        this.language = language;
    }

    Locale language() {
        return language;
    }

    /** Whether words in the routine's language can be spoken on this computer. */
    VoiceStatus voiceStatus() {
        return services.cues().voiceStatus(language);
    }

    /**
     * Sounds and says the cues of {@code snapshot}, taken at {@code now}, and keeps the screen
     * awake exactly while the routine runs or asks a question.
     *
     * @param seen told of every cue, for the visual cue, whether heard or not
     */
    void deliver(Snapshot snapshot, long now, RoutinePlan plan, boolean sound, boolean voice,
                 Consumer<CueEvent> seen) {
        boolean spoken = voice && voiceStatus() == VoiceStatus.AVAILABLE;
        for (CueEvent cue : snapshot.cues()) {
            seen.accept(cue);
            // A spoken count stands in for the tick; the step's chime still comes before its words.
            if (sound && !(spoken && cue.cue() == Cue.TICK)) {
                services.cues().play(cue.cue());
            }
            if (voice) {
                CueWords.of(cue, snapshot, now, plan, text)
                        .ifPresent(words -> services.cues().speak(words, language, cue.cue() == Cue.TICK));
            }
        }
        EngineState state = snapshot.state();
        boolean keepAwake = state == EngineState.RUNNING || state == EngineState.WAITING;
        if (keepAwake != awake) {
            awake = keepAwake;
            if (awake) {
                services.screen().hold();
            } else {
                services.screen().release();
            }
        }
        // Paused or stopped: words about a step that no longer runs would mislead. "Done" is left to finish.
        if (state == EngineState.PAUSED || state == EngineState.IDLE) {
            services.cues().hush();
        }
    }

    /** The panel has left the screen: no words and no held screen, whatever the routine's state. */
    void leave() {
        if (awake) {
            awake = false;
            services.screen().release();
        }
        services.cues().hush();
    }
}
