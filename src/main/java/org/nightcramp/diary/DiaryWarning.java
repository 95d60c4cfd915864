package org.nightcramp.diary;

/**
 * What a diary can warn about. The page and the sheet both render {@link #messageKey()} and both
 * follow {@link #getHelpNow()}, so the safety meaning is the same everywhere and in every language.
 */
public enum DiaryWarning {
    /** A cramp longer than {@value WarningRules#LONGEST_MINUTES_LIMIT} minutes: get help now. */
    LONG_CRAMP("diary.warning.longCramp", true),
    /** One leg swollen, warm or red: a possible clot, get help now. */
    ONE_LEG_SWOLLEN("diary.warning.oneLegSwollen", true),
    /** Cramps on many nights for weeks: see a doctor. */
    FREQUENT_NIGHTS("diary.warning.frequentNights", false);

    private final String messageKey;
    private final boolean getHelpNow;

    DiaryWarning(String messageKey, boolean getHelpNow) {
        this.messageKey = messageKey;
        this.getHelpNow = getHelpNow;
    }

    /** The warning's words in the UI bundles. */
    public String messageKey() {
        return messageKey;
    }

    /** The arguments of its message: the thresholds, so the words always say the rule's numbers. */
    public Object[] messageArgs() {
        return switch (this) {
            case LONG_CRAMP -> new Object[] {WarningRules.LONGEST_MINUTES_LIMIT};
            case ONE_LEG_SWOLLEN -> new Object[0];
            case FREQUENT_NIGHTS -> new Object[] {WarningRules.FREQUENT_NIGHTS_A_WEEK, WarningRules.FREQUENT_WEEKS};
        };
    }

    /** Whether it brings up the urgent help panel (as a clot sign in the wizard does), not just advice. */
    public boolean getHelpNow() {
        return getHelpNow;
    }
}
