package org.nightcramp.relief;

import java.util.OptionalInt;

/**
 * The person's choices that shape a plan.
 *
 * @param holdSeconds      length of every hold, instead of the content's; empty keeps the content's
 * @param repetitions      holds per hold step, instead of the content's; empty keeps the content's
 * @param leaveOutMassage  whether massage is not advised for this person, which also drops the
 *                         clot check that only guards it
 */
public record PlanOptions(OptionalInt holdSeconds, OptionalInt repetitions, boolean leaveOutMassage) {

    public static final int MIN_HOLD_SECONDS = 10;
    public static final int MAX_HOLD_SECONDS = 60;
    public static final int MIN_REPETITIONS = 1;
    public static final int MAX_REPETITIONS = 5;

    public PlanOptions {
        holdSeconds.ifPresent(s -> check("hold length", s, MIN_HOLD_SECONDS, MAX_HOLD_SECONDS));
        repetitions.ifPresent(r -> check("repetitions", r, MIN_REPETITIONS, MAX_REPETITIONS));
    }

    /** The routine as the content has it. */
    public static PlanOptions defaults() {
        return new PlanOptions(OptionalInt.empty(), OptionalInt.empty(), false);
    }

    public static PlanOptions of(int holdSeconds, int repetitions, boolean leaveOutMassage) {
        return new PlanOptions(OptionalInt.of(holdSeconds), OptionalInt.of(repetitions), leaveOutMassage);
    }

    private static void check(String what, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException("The " + what + " must be from " + min + " to " + max + ", not " + value);
        }
    }
}
