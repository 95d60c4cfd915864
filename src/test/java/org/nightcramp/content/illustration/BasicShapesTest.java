package org.nightcramp.content.illustration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.nightcramp.content.illustration.AffineTest.assertPoint;

import java.util.List;
import org.junit.jupiter.api.Test;

class BasicShapesTest {

    @Test
    void ellipseIsFourCubicsThroughItsExtremes() {
        PathData e = BasicShapes.ellipse(100, 50, 40, 20);
        List<PathSegment> s = e.segments();
        assertEquals(6, s.size());
        assertEquals(4, s.stream().filter(PathSegment.CubicTo.class::isInstance).count());
        assertPoint(140, 50, ((PathSegment.MoveTo) s.get(0)).to());
        assertPoint(100, 70, ((PathSegment.CubicTo) s.get(1)).to());
        assertPoint(60, 50, ((PathSegment.CubicTo) s.get(2)).to());
        assertPoint(100, 30, ((PathSegment.CubicTo) s.get(3)).to());
        Bounds b = e.bounds();
        assertEquals(new Bounds(60, 30, 140, 70), b);
    }

    @Test
    void circleStaysCloseToItsRadiusBetweenExtremes() {
        PathData c = BasicShapes.circle(0, 0, 100);
        PathSegment.CubicTo quarter = (PathSegment.CubicTo) c.segments().get(1);
        // Midpoint of the first quarter, at t = 0.5: (P0 + 3 C1 + 3 C2 + P3) / 8.
        double x = (100 + 3 * quarter.control1().x() + 3 * quarter.control2().x() + quarter.to().x()) / 8;
        double y = (0 + 3 * quarter.control1().y() + 3 * quarter.control2().y() + quarter.to().y()) / 8;
        assertEquals(100, Math.hypot(x, y), 0.03);
    }

    @Test
    void plainRectIsFourLines() {
        assertEquals("M10 20L40 20L40 60L10 60Z", BasicShapes.rect(10, 20, 30, 40, 0, 0).toSvgString());
    }

    @Test
    void roundedRectCapsRadiiAtHalfTheSide() {
        PathData r = BasicShapes.rect(0, 0, 20, 100, 50, 5);
        assertEquals(new Bounds(0, 0, 20, 100), r.bounds());
        assertPoint(10, 0, ((PathSegment.MoveTo) r.segments().get(0)).to());
        assertPoint(20, 5, ((PathSegment.CubicTo) r.segments().get(2)).to());
    }

    @Test
    void linesAndPolygons() {
        assertEquals("M1 2L3 4", BasicShapes.line(1, 2, 3, 4).toSvgString());
        assertEquals("M0 0L10 0L10 10", BasicShapes.polyline(new double[] {0, 0, 10, 0, 10, 10}).toSvgString());
        assertEquals("M0 0L10 0L10 10Z", BasicShapes.polygon(new double[] {0, 0, 10, 0, 10, 10}).toSvgString());
        assertThrows(IllegalArgumentException.class, () -> BasicShapes.polygon(new double[] {0, 0, 1}));
        assertThrows(IllegalArgumentException.class, () -> BasicShapes.circle(0, 0, -1));
    }
}
