package org.nightcramp.content.illustration;

import java.util.List;

/** Tight bounds of a path: end points plus the extremes of each curve, found from its derivative. */
final class PathBounds {

    private PathBounds() {
    }

    static Bounds of(List<PathSegment> segments) {
        Point current = ((PathSegment.MoveTo) segments.get(0)).to();
        Point subpathStart = current;
        Bounds bounds = Bounds.of(current);
        for (PathSegment segment : segments) {
            if (segment instanceof PathSegment.CubicTo c) {
                bounds = cubicExtremes(bounds, current, c.control1(), c.control2(), c.to());
            } else if (segment instanceof PathSegment.QuadTo q) {
                // A quadratic is the cubic with controls two thirds of the way to its control point.
                Point c1 = lerp(current, q.control(), 2.0 / 3);
                Point c2 = lerp(q.to(), q.control(), 2.0 / 3);
                bounds = cubicExtremes(bounds, current, c1, c2, q.to());
            }
            if (segment instanceof PathSegment.Close) {
                current = subpathStart;
            } else {
                List<Point> points = segment.points();
                current = points.get(points.size() - 1);
                if (segment instanceof PathSegment.MoveTo) {
                    subpathStart = current;
                }
            }
            bounds = bounds.including(current);
        }
        return bounds;
    }

    private static Bounds cubicExtremes(Bounds bounds, Point p0, Point p1, Point p2, Point p3) {
        Bounds result = bounds;
        for (double t : roots(p0.x(), p1.x(), p2.x(), p3.x())) {
            result = result.including(at(t, p0, p1, p2, p3));
        }
        for (double t : roots(p0.y(), p1.y(), p2.y(), p3.y())) {
            result = result.including(at(t, p0, p1, p2, p3));
        }
        return result;
    }

    /** Parameters in (0, 1) where one coordinate of the cubic has zero slope. */
    private static double[] roots(double p0, double p1, double p2, double p3) {
        // The derivative divided by 3 is a·t² + b·t + c.
        double a = -p0 + 3 * p1 - 3 * p2 + p3;
        double b = 2 * (p0 - 2 * p1 + p2);
        double c = p1 - p0;
        if (Math.abs(a) < 1e-12) {
            return Math.abs(b) < 1e-12 ? new double[0] : inside(-c / b);
        }
        double disc = b * b - 4 * a * c;
        if (disc < 0) {
            return new double[0];
        }
        double sq = Math.sqrt(disc);
        double[] first = inside((-b + sq) / (2 * a));
        double[] second = inside((-b - sq) / (2 * a));
        double[] both = new double[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static double[] inside(double t) {
        return t > 0 && t < 1 ? new double[] {t} : new double[0];
    }

    private static Point at(double t, Point p0, Point p1, Point p2, Point p3) {
        double u = 1 - t;
        double w0 = u * u * u;
        double w1 = 3 * u * u * t;
        double w2 = 3 * u * t * t;
        double w3 = t * t * t;
        return new Point(w0 * p0.x() + w1 * p1.x() + w2 * p2.x() + w3 * p3.x(),
                w0 * p0.y() + w1 * p1.y() + w2 * p2.y() + w3 * p3.y());
    }

    private static Point lerp(Point from, Point to, double t) {
        return new Point(from.x() + (to.x() - from.x()) * t, from.y() + (to.y() - from.y()) * t);
    }
}
