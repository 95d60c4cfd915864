package org.nightcramp.app;

/**
 * Where the main window was left, in screen coordinates.
 *
 * @param x left edge; {@link #CENTRE} for both x and y lets the app centre the window
 * @param y top edge
 */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {

    /** Marks a position the app should choose itself by centring the window. */
    public static final double CENTRE = -1;
    public static final double MIN_WIDTH = 640;
    public static final double MIN_HEIGHT = 480;
    private static final double DEFAULT_WIDTH = 1100;
    private static final double DEFAULT_HEIGHT = 760;

    /** A centred 1100 x 760 window, not maximized. */
    public static WindowBounds defaults() {
        return new WindowBounds(CENTRE, CENTRE, DEFAULT_WIDTH, DEFAULT_HEIGHT, false);
    }

    /** True when the app should centre the window rather than restore a position. */
    public boolean centred() {
        return x == CENTRE && y == CENTRE;
    }

    /** The same bounds with a hand-edited or stale size raised to the smallest usable window. */
    public WindowBounds sanitized() {
        boolean placed = Double.isFinite(x) && Double.isFinite(y);
        return new WindowBounds(placed ? x : CENTRE, placed ? y : CENTRE,
                atLeast(width, MIN_WIDTH, DEFAULT_WIDTH), atLeast(height, MIN_HEIGHT, DEFAULT_HEIGHT),
                maximized);
    }

    private static double atLeast(double value, double min, double fallback) {
        return Double.isFinite(value) ? Math.max(min, value) : fallback;
    }
}
