package org.nightcramp.content;

/**
 * One step of a routine. A timed step runs {@code repetitions} times for {@code seconds} each,
 * with {@code restSeconds} of rest (showing {@code restInstruction}) between repetitions; a
 * {@link StepKind#CHECK} step has no timer and waits for an answer.
 *
 * @param illustration file name under {@code content/illustrations/}
 * @param animation    how the relief panel moves the illustration's named parts
 */
public record RoutineStep(
        String id,
        StepKind kind,
        String title,
        String instruction,
        String restInstruction,
        int seconds,
        int repetitions,
        int restSeconds,
        Side side,
        String illustration,
        Animation animation) {

    /** Seconds this step takes as planned; the rests fall only between repetitions. */
    public int plannedSeconds() {
        return seconds * repetitions + restSeconds * Math.max(0, repetitions - 1);
    }
}
