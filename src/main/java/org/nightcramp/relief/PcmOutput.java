package org.nightcramp.relief;

/** Somewhere to write sound: a sound device's line, or a recorder in tests. */
interface PcmOutput extends AutoCloseable {

    /** Writes PCM in {@link Tones#FORMAT}, blocking until the device has taken it. */
    void write(byte[] pcm);

    @Override
    void close();

    /** Opens an output; throws with a reason a person could act on when there is none. */
    @FunctionalInterface
    interface Opener {
        PcmOutput open() throws Exception;
    }
}
