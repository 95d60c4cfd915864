package org.nightcramp.relief;

import java.util.Locale;
import org.nightcramp.relief.speech.VoiceStatus;

/** Makes cues heard, as tones and, where it can, as words. Implementations never block the caller and never fail on a missing device. */
public interface CuePlayer {

    /** Sounds {@code cue}, or does nothing when sound is unavailable. */
    void play(Cue cue);

    /** Opens the sound device ahead of the first cue, so it is not late and its absence is known early. */
    default void prepare() {
    }

    SoundStatus status();

    /**
     * Says the words of a cue in the routine's language, when the player has a voice. Words still
     * being spoken are cut short, or a count is dropped, never queued; never blocks the caller.
     *
     * @param count a "three, two, one" at the end of a hold, which never cuts a step's words short
     */
    default void speak(String words, Locale language, boolean count) {
    }

    /** Looks for a voice for {@code language} ahead of the first words. */
    default void prepareVoice(Locale language) {
    }

    /** Whether words in {@code language} can be spoken; a player without a voice has none. */
    default VoiceStatus voiceStatus(Locale language) {
        return VoiceStatus.UNAVAILABLE;
    }

    /** Stops any words now, as when the routine pauses or stops. */
    default void hush() {
    }
}
