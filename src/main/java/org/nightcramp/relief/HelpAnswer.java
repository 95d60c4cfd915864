package org.nightcramp.relief;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The answer to "Did it help?" at the end of a routine. */
public enum HelpAnswer {
    @JsonProperty("yes") YES,
    @JsonProperty("a-little") A_LITTLE,
    @JsonProperty("no") NO
}
