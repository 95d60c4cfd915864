package org.nightcramp.relief.speech;

import java.io.IOException;
import java.util.Locale;

/** A way to speak that the computer already has, such as espeak-ng, macOS say or Windows speech. */
public interface SpeechEngine {

    /** A short name for the log, such as {@code espeak-ng}. */
    String name();

    /** Whether it has a voice for {@code language}. May run a program, so call it off the FX thread. */
    boolean speaks(Locale language);

    /** Starts saying {@code words} and returns at once; the words may be cut short. */
    Utterance say(String words, Locale language) throws IOException;
}
