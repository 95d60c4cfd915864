package org.nightcramp.relief;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What the panel shows at one moment, computed by the engine from its deadlines.
 *
 * @param phase           the phase on screen (the first one before the start)
 * @param next            the phase after it, if any
 * @param elapsedNanos    time spent in the phase, not counting pauses
 * @param remainingNanos  time left in the phase; 0 at the clot check
 * @param phaseProgress   0 to 1 through the phase
 * @param overallProgress 0 to 1 through the whole routine's timed phases
 * @param overallRemainingNanos time left in the whole routine, as planned from here
 * @param cues            cues that fell due since the previous snapshot, each exactly once
 */
public record Snapshot(EngineState state, Phase phase, Optional<Phase> next, long elapsedNanos,
                       long remainingNanos, double phaseProgress, double overallProgress,
                       long overallRemainingNanos, List<CueEvent> cues) {

    public Snapshot {
        cues = List.copyOf(cues);
    }

    /** Whole seconds left, rounded up, as a countdown shows them: 0.2 s left still shows 1. */
    public long secondsLeft() {
        return (remainingNanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1);
    }

    /** Whole seconds left in the whole routine, rounded up. */
    public long overallSecondsLeft() {
        return (overallRemainingNanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1);
    }
}
