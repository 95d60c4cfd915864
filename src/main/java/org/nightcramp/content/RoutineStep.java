package org.nightcramp.content;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.List;

/**
 * One step of a routine. A timed step runs {@code repetitions} times for {@code seconds} each,
 * with {@code restSeconds} of rest (showing {@code restInstruction}) between repetitions; a
 * {@link StepKind#CHECK} step has no timer and waits for an answer.
 *
 * @param illustration file name under {@code content/illustrations/}
 * @param animation    how the relief panel moves the illustration's named parts
 * @param spoken       what the voice says as the step starts: its name and a short instruction,
 *                     in the guide's language (at most {@value #MAX_SPOKEN_CHARS} characters)
 * @param safety       the safety points shown with its instruction, worded by the guide's safetyPoints
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
        Animation animation,
        String spoken,
        @JsonSetter(contentNulls = Nulls.FAIL) List<SafetyPoint> safety) {

    /** Spoken words must be over well before a short hold ends. */
    public static final int MAX_SPOKEN_CHARS = 90;

    public RoutineStep {
        safety = List.copyOf(safety);
    }

    /** Seconds this step takes as planned; the rests fall only between repetitions. */
    public int plannedSeconds() {
        return seconds * repetitions + restSeconds * Math.max(0, repetitions - 1);
    }
}
