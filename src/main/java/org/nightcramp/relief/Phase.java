package org.nightcramp.relief;

import java.util.Objects;
import org.nightcramp.content.RoutineStep;

/**
 * One stretch of an expanded routine: a repetition of a step, the rest after it, or the clot check.
 *
 * @param index         place in the plan, from 0
 * @param stepNumber    which of the plan's steps this belongs to, from 1
 * @param repetition    which repetition of the step, from 1; for a rest, the hold it follows
 * @param repetitions   how many times the step repeats
 * @param durationNanos how long it lasts; 0 for the untimed {@link PhaseKind#CHECK} and {@link PhaseKind#HELP_FIRST}
 */
public record Phase(int index, PhaseKind kind, RoutineStep step, int stepNumber, int repetition,
                    int repetitions, long durationNanos) {

    public Phase {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(step, "step");
        if (durationNanos < 0 || kind.untimed() != (durationNanos == 0)) {
            throw new IllegalArgumentException("A " + kind + " phase cannot last " + durationNanos + " ns");
        }
    }

    /** False for the clot check and the help-first stop, which wait for the person instead of a deadline. */
    public boolean timed() {
        return !kind.untimed();
    }
}
