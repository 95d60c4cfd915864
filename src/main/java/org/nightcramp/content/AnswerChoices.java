package org.nightcramp.content;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Which answers a question offers: "Not sure" only where a person can really be unsure, "Not for
 * me" where the question fits only some people.
 */
public enum AnswerChoices {
    /** Yes or No, for a plain fact about the person, such as their age. */
    @JsonProperty("yes-no") YES_NO,
    /** Yes, No or Not sure. */
    @JsonProperty("yes-no-not-sure") YES_NO_NOT_SURE,
    /** Yes, No or "Not for me", for a question that fits only some people, such as the menopause. */
    @JsonProperty("yes-no-not-for-me") YES_NO_NOT_FOR_ME;

    /** True when "Not sure" is one of the answers. */
    public boolean offersNotSure() {
        return this == YES_NO_NOT_SURE;
    }

    /** True when "Not for me" is one of the answers. */
    public boolean offersNotForMe() {
        return this == YES_NO_NOT_FOR_ME;
    }
}
