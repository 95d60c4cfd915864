package org.nightcramp.relief;

import java.util.Locale;
import org.nightcramp.relief.speech.Speaker;
import org.nightcramp.relief.speech.VoiceStatus;

/** Tones from one player, words from the computer's speech: the app's cue player. */
public final class SpeakingCuePlayer implements CuePlayer {

    private final CuePlayer tones;
    private final Speaker speaker;

    public SpeakingCuePlayer(CuePlayer tones, Speaker speaker) {
        this.tones = tones;
        this.speaker = speaker;
    }

    @Override
    public void play(Cue cue) {
        tones.play(cue);
    }

    @Override
    public void prepare() {
        tones.prepare();
    }

    @Override
    public SoundStatus status() {
        return tones.status();
    }

    @Override
    public void speak(String words, Locale language, boolean count) {
        speaker.say(words, language, count);
    }

    @Override
    public void prepareVoice(Locale language) {
        speaker.prepare(language);
    }

    @Override
    public VoiceStatus voiceStatus(Locale language) {
        return speaker.status(language);
    }

    @Override
    public void hush() {
        speaker.hush();
    }
}
