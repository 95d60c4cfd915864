package org.nightcramp.content.illustration;

import java.util.ArrayList;
import java.util.List;

/** SVG's basic shapes as path data, so every shape is drawn and printed the same way. */
public final class BasicShapes {

    /**
     * How far along the tangent a cubic's control points sit to approximate a quarter ellipse:
     * 4/3·(√2 − 1). The error is under 0.03% of the radius.
     */
    static final double KAPPA = 4.0 / 3 * (Math.sqrt(2) - 1);

    private BasicShapes() {
    }

    public static PathData circle(double cx, double cy, double r) {
        return ellipse(cx, cy, r, r);
    }

    /** An ellipse as four cubic Béziers, starting at the rightmost point and turning clockwise. */
    public static PathData ellipse(double cx, double cy, double rx, double ry) {
        requireNonNegative(rx, ry);
        double kx = rx * KAPPA;
        double ky = ry * KAPPA;
        return new PathData(List.of(
                move(cx + rx, cy),
                cubic(cx + rx, cy + ky, cx + kx, cy + ry, cx, cy + ry),
                cubic(cx - kx, cy + ry, cx - rx, cy + ky, cx - rx, cy),
                cubic(cx - rx, cy - ky, cx - kx, cy - ry, cx, cy - ry),
                cubic(cx + kx, cy - ry, cx + rx, cy - ky, cx + rx, cy),
                new PathSegment.Close()));
    }

    /**
     * A rectangle, with rounded corners of radii {@code rx}, {@code ry} when both are positive;
     * as in SVG each radius is capped at half its side.
     */
    public static PathData rect(double x, double y, double width, double height, double rx, double ry) {
        requireNonNegative(width, height);
        requireNonNegative(rx, ry);
        double cornerX = Math.min(rx, width / 2);
        double cornerY = Math.min(ry, height / 2);
        double right = x + width;
        double bottom = y + height;
        if (cornerX == 0 || cornerY == 0) {
            return new PathData(List.of(move(x, y), line(right, y), line(right, bottom),
                    line(x, bottom), new PathSegment.Close()));
        }
        double kx = cornerX * (1 - KAPPA);
        double ky = cornerY * (1 - KAPPA);
        return new PathData(List.of(
                move(x + cornerX, y),
                line(right - cornerX, y),
                cubic(right - kx, y, right, y + ky, right, y + cornerY),
                line(right, bottom - cornerY),
                cubic(right, bottom - ky, right - kx, bottom, right - cornerX, bottom),
                line(x + cornerX, bottom),
                cubic(x + kx, bottom, x, bottom - ky, x, bottom - cornerY),
                line(x, y + cornerY),
                cubic(x, y + ky, x + kx, y, x + cornerX, y),
                new PathSegment.Close()));
    }

    public static PathData line(double x1, double y1, double x2, double y2) {
        return new PathData(List.of(move(x1, y1), line(x2, y2)));
    }

    /** An open line through {@code xy} given as x, y pairs; at least one pair. */
    public static PathData polyline(double[] xy) {
        return new PathData(through(xy));
    }

    /** A closed outline through {@code xy} given as x, y pairs; at least one pair. */
    public static PathData polygon(double[] xy) {
        List<PathSegment> segments = through(xy);
        segments.add(new PathSegment.Close());
        return new PathData(segments);
    }

    private static List<PathSegment> through(double[] xy) {
        if (xy.length < 2 || xy.length % 2 != 0) {
            throw new IllegalArgumentException("Points come in x, y pairs; got " + xy.length + " numbers");
        }
        List<PathSegment> segments = new ArrayList<>();
        segments.add(move(xy[0], xy[1]));
        for (int i = 2; i < xy.length; i += 2) {
            segments.add(line(xy[i], xy[i + 1]));
        }
        return segments;
    }

    private static void requireNonNegative(double a, double b) {
        if (!(a >= 0) || !(b >= 0)) {
            throw new IllegalArgumentException("Sizes and radii must not be negative: " + a + ", " + b);
        }
    }

    private static PathSegment move(double x, double y) {
        return new PathSegment.MoveTo(new Point(x, y));
    }

    private static PathSegment line(double x, double y) {
        return new PathSegment.LineTo(new Point(x, y));
    }

    private static PathSegment cubic(double x1, double y1, double x2, double y2, double x, double y) {
        return new PathSegment.CubicTo(new Point(x1, y1), new Point(x2, y2), new Point(x, y));
    }
}
