package org.nightcramp.content.illustration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathDataTest {

    @Test
    void absoluteCommandsBecomeSegments() {
        PathData path = PathData.parse("M10 20 L30 40 C1 2 3 4 5 6 Q7 8 9 10 Z");
        assertEquals(List.of(
                new PathSegment.MoveTo(p(10, 20)),
                new PathSegment.LineTo(p(30, 40)),
                new PathSegment.CubicTo(p(1, 2), p(3, 4), p(5, 6)),
                new PathSegment.QuadTo(p(7, 8), p(9, 10)),
                new PathSegment.Close()), path.segments());
    }

    @Test
    void relativeCommandsAreResolvedAgainstTheCurrentPoint() {
        assertEquals("M10 20L15 20L15 27L5 37C6 38 7 39 8 40Q9 41 10 42Z",
                PathData.parse("m10 20 h5 v7 l-10 10 c1 1 2 2 3 3 q1 1 2 2 z").toSvgString());
    }

    @Test
    void closeReturnsToTheSubpathStartForLaterRelativeCommands() {
        assertEquals("M10 10L20 10ZM15 15L15 25",
                PathData.parse("M10 10 l10 0 z m5 5 v10").toSvgString());
    }

    @Test
    void coordinatesAfterAMoveAreImplicitLines() {
        assertEquals("M1 2L3 4L5 6M11 12L13 14",
                PathData.parse("M1 2 3 4 5 6 m6 6 2 2").toSvgString());
    }

    @Test
    void otherCommandsRepeatImplicitly() {
        assertEquals("M0 0C1 1 2 2 3 3C4 4 5 5 6 6L7 6L7 0L7 8",
                PathData.parse("M0 0 C1 1 2 2 3 3 4 4 5 5 6 6 H7 V0 8").toSvgString());
    }

    @Test
    void smoothCubicReflectsThePreviousControlPoint() {
        PathData path = PathData.parse("M0 0 C10 0 20 10 30 10 S50 20 60 10 s10 -10 20 0");
        assertEquals(new PathSegment.CubicTo(p(40, 10), p(50, 20), p(60, 10)), path.segments().get(2));
        // Mirror of (50,20) through (60,10) is (70,0); relative points are from (60,10).
        assertEquals(new PathSegment.CubicTo(p(70, 0), p(70, 0), p(80, 10)), path.segments().get(3));
    }

    @Test
    void smoothCubicWithoutAPreviousCubicStartsAtTheCurrentPoint() {
        PathData path = PathData.parse("M0 0 L10 0 S20 10 30 0");
        assertEquals(new PathSegment.CubicTo(p(10, 0), p(20, 10), p(30, 0)), path.segments().get(2));
    }

    @Test
    void smoothQuadraticReflectsThePreviousControlPoint() {
        PathData path = PathData.parse("M0 0 Q10 10 20 0 T40 0 t20 0");
        assertEquals(new PathSegment.QuadTo(p(30, -10), p(40, 0)), path.segments().get(2));
        assertEquals(new PathSegment.QuadTo(p(50, 10), p(60, 0)), path.segments().get(3));
        PathData fresh = PathData.parse("M5 5 T10 10");
        assertEquals(new PathSegment.QuadTo(p(5, 5), p(10, 10)), fresh.segments().get(1));
    }

    @Test
    void numbersMayBeTerseOrUseExponents() {
        assertEquals(List.of(new PathSegment.MoveTo(p(-0.5, 0.5)), new PathSegment.LineTo(p(0.001, 200)),
                        new PathSegment.LineTo(p(3, -4)), new PathSegment.LineTo(p(0.25, 1.5))),
                PathData.parse("M-.5.5L1e-3,2E2,3-4\n\t.25 +1.5").segments());
    }

    @Test
    void svgStringIsCompactAndHasNoExponents() {
        assertEquals("M0.0001 1000000L0.3333 -2",
                PathData.parse("M1e-4 1e6 L0.333333 -2.00000").toSvgString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "M10 20 A5 5 0 0 1 30 40 | PATH_ARC    | 8",
        "M10 20 a5 5 0 0 1 3 4   | PATH_ARC    | 8",
        "L10 20                  | PATH_START  | 1",
        "''                      | PATH_START  | 1",
        "10 20                   | PATH_START  | 1",
        "M10 20 L30 x            | PATH_SYNTAX | 12",
        "M10 20 L30              | PATH_SYNTAX | 11",
        "M10 20 L30,,40          | PATH_SYNTAX | 12",
        "M10 20 Z 5 5            | PATH_SYNTAX | 10",
        "M10 20 L1e999 0         | PATH_SYNTAX | 9",
        "M10 20 L30 40,          | PATH_SYNTAX | 15",
        "M10 20 L NaN 0          | PATH_SYNTAX | 10",
        "M10 20 L30 40 B         | PATH_SYNTAX | 15",
    })
    void badDataNamesWhatAndWhere(String d, IllustrationCode code, int position) {
        IllustrationSyntaxException e = assertThrows(IllustrationSyntaxException.class, () -> PathData.parse(d));
        assertEquals(code, e.code());
        assertEquals(position, e.index() + 1, e.getMessage());
    }

    @Test
    void boundsFollowCurveExtremesNotControlPoints() {
        // The curve's control points reach y = -40, the curve itself only 3/4 of that.
        Bounds b = PathData.parse("M0 0 C0 -40 100 -40 100 0").bounds();
        assertEquals(0, b.minX(), 1e-9);
        assertEquals(-30, b.minY(), 1e-9);
        assertEquals(100, b.maxX(), 1e-9);
        assertEquals(0, b.maxY(), 1e-9);
        Bounds q = PathData.parse("M0 0 Q50 100 100 0").bounds();
        assertEquals(50, q.maxY(), 1e-9);
    }

    @Test
    void transformMapsEveryPoint() {
        PathData moved = PathData.parse("M0 0 L10 0 Q10 10 0 10 Z").transform(Affine.translate(5, 1));
        assertEquals("M5 1L15 1Q15 11 5 11Z", moved.toSvgString());
    }

    private static Point p(double x, double y) {
        return new Point(x, y);
    }
}
