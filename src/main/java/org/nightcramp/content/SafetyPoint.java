package org.nightcramp.content;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.Optional;

/**
 * A safety point an item of the guide must carry, such as "do not massage a leg with signs of a
 * clot". Items name their points in a {@code safety} list, which is the same in every language;
 * each point's wording is written once per locale, in {@code safetyPoints}, and every page and the
 * sheet show that one reviewed wording. So a translator cannot drop or soften a safety point by
 * editing the item's own text, and two languages cannot say different things about it.
 */
public enum SafetyPoint {
    /** Signs of a possible clot in one leg, and: do not massage that leg. */
    @JsonProperty("clot-signs") CLOT_SIGNS("clot-signs"),
    /** Signs of a possible clot need help the same day; breathless or chest pain: emergency now. */
    @JsonProperty("same-day") SAME_DAY("same-day"),
    /** What a Yes at the routine's clot check means: leave out the massage. */
    @JsonProperty("check-yes") CHECK_YES("check-yes"),
    /** Ask a doctor or pharmacist before a supplement or medicine; never stop one alone. */
    @JsonProperty("ask-doctor") ASK_DOCTOR("ask-doctor"),
    /** Good for health in general, not shown to prevent cramps. */
    @JsonProperty("not-a-cure") NOT_A_CURE("not-a-cure"),
    /** Stretch to a moderate pull only; stop before it hurts. */
    @JsonProperty("stop-before-pain") STOP_BEFORE_PAIN("stop-before-pain"),
    /** No quinine or tonic water for cramps; prescribed quinine: talk to the doctor first. */
    @JsonProperty("no-quinine") NO_QUININE("no-quinine"),
    /** Someone told by a doctor to limit fluids follows that advice. */
    @JsonProperty("fluid-limit") FLUID_LIMIT("fluid-limit"),
    /** Warmth, not heat: test it on the skin first, so that no one is burnt. */
    @JsonProperty("no-burn") NO_BURN("no-burn");

    private final String id;

    SafetyPoint(String id) {
        this.id = id;
    }

    /** The id used in guide.json, such as {@code clot-signs}. */
    public String id() {
        return id;
    }

    public static Optional<SafetyPoint> byId(String id) {
        return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst();
    }
}
