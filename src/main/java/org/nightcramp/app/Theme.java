package org.nightcramp.app;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The colour scheme; night is dim and low in blue for someone reading in the dark. */
public enum Theme {
    @JsonProperty("light") LIGHT,
    @JsonProperty("night") NIGHT
}
