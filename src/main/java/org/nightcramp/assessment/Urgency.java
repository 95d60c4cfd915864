package org.nightcramp.assessment;

/**
 * How soon a finding needs attention. The one rule the summary, the advice sheet and the relief
 * routine all follow, so a sign of a possible clot reads the same on every page and in every
 * language: each renders {@link #messageKey()} from its bundle, and none decides urgency itself.
 */
public enum Urgency {
    /**
     * A Yes to a sign of a possible blood clot: medical help today comes before any self-help.
     * No self-care is offered first, and a routine stops guiding until Get help has been seen.
     */
    HELP_TODAY("urgency.helpToday"),
    /** Two or more Yes answers point at the cause. */
    LIKELY("urgency.likely"),
    /** One Yes, or mostly Not sure: worth keeping in mind. */
    POSSIBLE("urgency.possible");

    private final String messageKey;

    Urgency(String messageKey) {
        this.messageKey = messageKey;
    }

    /**
     * The urgency of a finding.
     *
     * @param clotSign a Yes to any of its questions flagged as a clot sign, or to the routine's check
     * @param likely   whether the answers point at it strongly
     */
    public static Urgency of(boolean clotSign, boolean likely) {
        return clotSign ? HELP_TODAY : likely ? LIKELY : POSSIBLE;
    }

    /** Whether getting medical help must come first: no self-help is offered ahead of it. */
    public boolean helpFirst() {
        return this == HELP_TODAY;
    }

    /** The tag's words in the UI bundles, the same message on the summary and the sheet. */
    public String messageKey() {
        return messageKey;
    }
}
