package org.nightcramp.content.illustration;

/** A point in an illustration's coordinates (viewBox units, y pointing down). */
public record Point(double x, double y) {

    public static final Point ORIGIN = new Point(0, 0);

    public Point {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("Point coordinates must be finite: " + x + ", " + y);
        }
    }

    /** This point mirrored through {@code centre}, as S and T path commands reflect control points. */
    public Point reflectedThrough(Point centre) {
        return new Point(2 * centre.x - x, 2 * centre.y - y);
    }
}
