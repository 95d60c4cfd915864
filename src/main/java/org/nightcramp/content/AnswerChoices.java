package org.nightcramp.content;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Which answers a question offers: "Not sure" only where a person can really be unsure. */
public enum AnswerChoices {
    /** Yes or No, for a plain fact about the person, such as their age. */
    @JsonProperty("yes-no") YES_NO,
    /** Yes, No or Not sure. */
    @JsonProperty("yes-no-not-sure") YES_NO_NOT_SURE;

    /** True when "Not sure" is one of the answers. */
    public boolean offersNotSure() {
        return this == YES_NO_NOT_SURE;
    }
}
