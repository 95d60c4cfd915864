package org.nightcramp.diary;

/** How far back the trend looks. */
public enum TrendSpan {
    TWO_WEEKS(2),
    FOUR_WEEKS(4),
    EIGHT_WEEKS(8);

    private final int weeks;

    TrendSpan(int weeks) {
        this.weeks = weeks;
    }

    public int weeks() {
        return weeks;
    }

    /** The number of nights shown, the last one included. */
    public int nights() {
        return weeks * 7;
    }
}
