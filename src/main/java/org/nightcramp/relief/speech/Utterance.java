package org.nightcramp.relief.speech;

/** Words being spoken. */
public interface Utterance {

    /** True until the words are over or were cut short. */
    boolean speaking();

    /** Stops the words now; does nothing when they are over. */
    void cutShort();
}
