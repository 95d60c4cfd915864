package org.nightcramp.relief;

/** The hold length and number of holds a person chose for one routine. */
public record RoutineChoice(int holdSeconds, int repetitions) {

    /** The same choice brought into the range the panel offers; a hand-edited 500 becomes 60. */
    public RoutineChoice sanitized() {
        return new RoutineChoice(
                clamp(holdSeconds, PlanOptions.MIN_HOLD_SECONDS, PlanOptions.MAX_HOLD_SECONDS),
                clamp(repetitions, PlanOptions.MIN_REPETITIONS, PlanOptions.MAX_REPETITIONS));
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
