package org.nightcramp.content;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.List;

/**
 * A timed relief routine, such as "Cramp now" or "Before bed".
 *
 * @param safety the safety points shown with its summary, worded by the guide's safetyPoints
 */
public record Routine(
        String id,
        String title,
        String summary,
        @JsonSetter(contentNulls = Nulls.FAIL) List<RoutineStep> steps,
        @JsonSetter(contentNulls = Nulls.FAIL) List<SafetyPoint> safety) {

    /** The routine for a cramp happening now; the home page, F5 and the sheet's first card use it. */
    public static final String CRAMP_NOW = "cramp-now";
    /** The Hallegraeff bedtime stretch. */
    public static final String BEFORE_BED = "before-bed";

    public Routine {
        steps = List.copyOf(steps);
        safety = List.copyOf(safety);
    }

    /** Planned length in seconds, counting every repetition and the rests between them. */
    public int plannedSeconds() {
        return steps.stream().mapToInt(RoutineStep::plannedSeconds).sum();
    }
}
