package org.nightcramp.content;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The evidence labels the guide uses; their display names live in the UI message bundles. */
public enum EvidenceLevel {
    /** Recommended by health services (NHS, NICE, Mayo Clinic) on clinical experience. */
    @JsonProperty("recommended") RECOMMENDED,
    /** Supported by at least one trial or a large study. */
    @JsonProperty("some") SOME,
    /** Studies disagree. */
    @JsonProperty("mixed") MIXED,
    /** Little or no good evidence for this particular claim. */
    @JsonProperty("weak") WEAK,
    /** Good for health in general, not shown to prevent cramps. */
    @JsonProperty("general") GENERAL,
    /** A safety warning: see a professional rather than treat at home. */
    @JsonProperty("warning") WARNING
}
