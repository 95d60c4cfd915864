package org.nightcramp.relief;

/** The fallback when there is no sound: the routine shows its cues and plays nothing. */
public final class SilentCuePlayer implements CuePlayer {

    @Override
    public void play(Cue cue) {
        // Visual cues carry the routine; nothing to do.
    }

    @Override
    public SoundStatus status() {
        return SoundStatus.UNAVAILABLE;
    }
}
