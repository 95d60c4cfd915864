package org.nightcramp.relief;

import java.util.ArrayList;
import java.util.List;

/** Records the cues it is asked to play; its sound can be made available or not. */
final class FakeCuePlayer implements CuePlayer {

    final List<Cue> played = new ArrayList<>();
    SoundStatus status;
    int prepared;

    FakeCuePlayer(SoundStatus status) {
        this.status = status;
    }

    @Override
    public void play(Cue cue) {
        if (status != SoundStatus.UNAVAILABLE) {
            played.add(cue);
        }
    }

    @Override
    public void prepare() {
        prepared++;
    }

    @Override
    public SoundStatus status() {
        return status;
    }
}
