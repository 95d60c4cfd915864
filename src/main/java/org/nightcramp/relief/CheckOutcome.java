package org.nightcramp.relief;

/** What answering the clot check did. */
public enum CheckOutcome {
    /** No warning signs: the routine goes on with the massage. */
    CONTINUED,
    /** Warning signs: the massage is skipped and the routine waits, paused, at the step after it. */
    MASSAGE_SKIPPED
}
