package org.nightcramp.relief;

/**
 * Asks the system not to blank or lock the screen while a routine runs. Implementations never
 * block the caller and never fail: without support the screen behaves as usual, and a line is logged.
 */
public interface ScreenInhibitor {

    /** Keeps the screen awake until {@link #release()}; does nothing while already held. */
    void hold();

    /** Lets the screen blank again; does nothing when not held. */
    void release();

    /** Does nothing: for tests and systems without a way to keep the screen awake. */
    static ScreenInhibitor none() {
        return new ScreenInhibitor() {
            @Override
            public void hold() {
            }

            @Override
            public void release() {
            }
        };
    }
}
