package org.nightcramp.assessment;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An answer to a self-check question; "Not sure" is a fine answer. */
public enum Answer {
    @JsonProperty("yes") YES,
    @JsonProperty("no") NO,
    @JsonProperty("not-sure") NOT_SURE,
    /** The question does not apply to this person (the menopause, asked of a man); counts as No. */
    @JsonProperty("not-for-me") NOT_FOR_ME
}
