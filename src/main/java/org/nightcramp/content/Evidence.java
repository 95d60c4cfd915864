package org.nightcramp.content;

import java.util.List;

/** How well a claim or a piece of advice is supported, in plain words, with the sources. */
public record Evidence(EvidenceLevel level, String note, List<String> sourceIds) {

    public Evidence {
        sourceIds = List.copyOf(sourceIds);
    }
}
