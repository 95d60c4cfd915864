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
 * @param durationNanos how long it lasts; 0 for the untimed {@link PhaseKind#CHECK}
 */
public record Phase(int index, PhaseKind kind, RoutineStep step, int stepNumber, int repetition,
                    int repetitions, long durationNanos) {

    public Phase {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(step, "step");
        if (durationNanos < 0 || (kind == PhaseKind.CHECK) != (durationNanos == 0)) {
            throw new IllegalArgumentException("A " + kind + " phase cannot last " + durationNanos + " ns");
        }
    }

    /** False only for the clot check, which waits for an answer instead of a deadline. */
    public boolean timed() {
        return kind != PhaseKind.CHECK;
    }
}
