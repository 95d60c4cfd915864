package org.nightcramp.content;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.List;

/** How well a claim or a piece of advice is supported, in plain words, with the sources. */
public record Evidence(
        EvidenceLevel level,
        String note,
        @JsonSetter(contentNulls = Nulls.FAIL) List<String> sourceIds) {

    public Evidence {
        sourceIds = List.copyOf(sourceIds);
    }
}
