package org.nightcramp.relief;

import java.util.Objects;

/**
 * A cue that has fallen due.
 *
 * @param deadlineNanos when it was due, on the engine's clock; later than that only if the
 *                      caller asked late, which is how lateness is measured
 * @param phaseIndex    the phase it belongs to (for a step change, the phase that begins)
 */
public record CueEvent(Cue cue, long deadlineNanos, int phaseIndex) {

    public CueEvent {
        Objects.requireNonNull(cue, "cue");
    }
}
