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
 */
public record Advice(
        String id,
        AdviceKind kind,
        String title,
        String summary,
        @JsonSetter(contentNulls = Nulls.FAIL) List<String> details,
        Evidence evidence,
        boolean forEveryone,
        boolean avoidWithClotSigns) {

    public Advice {
        details = List.copyOf(details);
    }
}
