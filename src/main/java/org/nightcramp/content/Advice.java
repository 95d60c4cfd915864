package org.nightcramp.content;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.List;

/**
 * A thing the reader can do.
 *
 * @param forEveryone        true when the advice fits everyone, whatever their answers
 * @param avoidWithClotSigns true when the advice must not be followed by someone with signs of a
 *                           possible clot (massage could move it); the app then leaves it out
 * @param safety             the safety points shown with it, worded by the guide's safetyPoints
 */
public record Advice(
        String id,
        AdviceKind kind,
        String title,
        String summary,
        @JsonSetter(contentNulls = Nulls.FAIL) List<String> details,
        Evidence evidence,
        boolean forEveryone,
        boolean avoidWithClotSigns,
        @JsonSetter(contentNulls = Nulls.FAIL) List<SafetyPoint> safety) {

    public Advice {
        details = List.copyOf(details);
        safety = List.copyOf(safety);
    }
}
