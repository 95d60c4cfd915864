package org.nightcramp.relief;

/** Makes cues heard. Implementations never block the caller and never fail on a missing device. */
public interface CuePlayer {

    /** Sounds {@code cue}, or does nothing when sound is unavailable. */
    void play(Cue cue);

    /** Opens the sound device ahead of the first cue, so it is not late and its absence is known early. */
    default void prepare() {
    }

    SoundStatus status();
}
