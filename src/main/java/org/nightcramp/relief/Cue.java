package org.nightcramp.relief;

/** A moment the person should notice without looking. */
public enum Cue {
    /** A new phase has begun. */
    STEP_CHANGE,
    /** One of the last three seconds of a hold. */
    TICK,
    /** The routine is over. */
    END
}
