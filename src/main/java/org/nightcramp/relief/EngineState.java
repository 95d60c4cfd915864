package org.nightcramp.relief;

/** Where the routine engine is. */
public enum EngineState {
    /** Not started, or stopped: shows the first phase, waiting for Start. */
    IDLE,
    RUNNING,
    /** Paused by the person; resumes where it stopped. */
    PAUSED,
    /** At the clot check: no timer runs until it is answered. */
    WAITING,
    FINISHED
}
