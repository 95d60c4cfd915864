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
    @JsonProperty("warning") WARNING;

    /** The UI message key of this level's display name; the reader, wizard and sheet all use it. */
    public String labelKey() {
        return switch (this) {
            case RECOMMENDED -> "reader.evidence.recommended";
            case SOME -> "reader.evidence.some";
            case MIXED -> "reader.evidence.mixed";
            case WEAK -> "reader.evidence.weak";
            case GENERAL -> "reader.evidence.general";
            case WARNING -> "reader.evidence.warning";
        };
    }
}
