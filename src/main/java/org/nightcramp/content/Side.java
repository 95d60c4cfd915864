package org.nightcramp.content;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Which leg a step works on. */
public enum Side {
    @JsonProperty("none") NONE,
    @JsonProperty("either") EITHER,
    @JsonProperty("left") LEFT,
    @JsonProperty("right") RIGHT
}
