package org.nightcramp.content;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What kind of thing a routine step asks of the person. */
public enum StepKind {
    @JsonProperty("prepare") PREPARE,
    @JsonProperty("hold") HOLD,
    @JsonProperty("massage") MASSAGE,
    @JsonProperty("walk") WALK,
    @JsonProperty("switch-side") SWITCH_SIDE,
    /** An untimed question about the warning signs of a clot, asked before massage. */
    @JsonProperty("check") CHECK
}
