package org.nightcramp.content;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How the relief panel animates an illustration's named parts during a step. */
public enum Animation {
    @JsonProperty("none") NONE,
    /** The part named {@code foot} flexes toward the shin during a hold and relaxes in the rest. */
    @JsonProperty("flex") FLEX,
    /** The part named {@code hands} kneads the calf. */
    @JsonProperty("knead") KNEAD,
    /** The part named {@code leg} rocks as in heel walking. */
    @JsonProperty("walk") WALK,
    /** The part named {@code body} leans into the stretch during a hold. */
    @JsonProperty("stretch") STRETCH
}
