package org.nightcramp.app;

/** Text size steps for Ctrl+= and Ctrl+-: fixed steps so repeated presses land on round sizes. */
public final class TextScale {

    static final double[] STEPS = {0.85, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0};
    /** The app's base font size in pixels at scale 1.0. */
    public static final double BASE_PX = 14;
    /** Night theme reads larger: eyes adjusted to the dark see small text poorly. */
    public static final double NIGHT_FACTOR = 1.15;

    private TextScale() {
    }

    public static double larger(double scale) {
        for (double step : STEPS) {
            if (step > scale + 1e-6) {
                return step;
            }
        }
        return STEPS[STEPS.length - 1];
    }

    public static double smaller(double scale) {
        for (int i = STEPS.length - 1; i >= 0; i--) {
            if (STEPS[i] < scale - 1e-6) {
                return STEPS[i];
            }
        }
        return STEPS[0];
    }

    /** The root font size in pixels for a scale and theme. */
    public static double fontPx(double scale, boolean night) {
        return Math.round(BASE_PX * scale * (night ? NIGHT_FACTOR : 1.0) * 10) / 10.0;
    }
}
