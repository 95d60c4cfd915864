package org.nightcramp.content;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Marks questions whose Yes must change what the app advises. */
public enum QuestionFlag {
    @JsonProperty("none") NONE,
    /** A Yes means a possible blood clot: urgent help, and no massage. */
    @JsonProperty("clot-sign") CLOT_SIGN
}
