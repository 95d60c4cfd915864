package org.nightcramp.content;

import com.fasterxml.jackson.annotation.JsonProperty;

/** When a piece of advice applies. */
public enum AdviceKind {
    @JsonProperty("during") DURING,
    @JsonProperty("after") AFTER,
    @JsonProperty("prevention") PREVENTION
}
