package org.nightcramp.relief;

import org.nightcramp.content.StepKind;

/** What a phase of an expanded routine asks of the person. */
public enum PhaseKind {
    GET_READY,
    HOLD,
    /** The release between two holds of a step. */
    REST,
    /** The untimed question about the warning signs of a clot; the routine waits for an answer. */
    CHECK,
    /**
     * After a Yes to a sign of a possible clot (at the check, or already in the person's answers):
     * the routine stops guiding and waits, untimed, until Get help has been seen.
     */
    HELP_FIRST,
    MASSAGE,
    WALK,
    SWITCH_SIDE;

    /** An untimed phase waits for the person instead of a deadline. */
    public boolean untimed() {
        return this == CHECK || this == HELP_FIRST;
    }

    /** The phase kind of a step's own repetitions (its rests are {@link #REST}). */
    static PhaseKind of(StepKind kind) {
        return switch (kind) {
            case PREPARE -> GET_READY;
            case HOLD -> HOLD;
            case MASSAGE -> MASSAGE;
            case WALK -> WALK;
            case SWITCH_SIDE -> SWITCH_SIDE;
            case CHECK -> CHECK;
        };
    }
}
