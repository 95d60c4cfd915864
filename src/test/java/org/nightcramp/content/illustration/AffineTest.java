package org.nightcramp.content.illustration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AffineTest {

    private static final double EPS = 1e-9;

    @Test
    void thenAppliesThisFirst() {
        Affine moveThenDouble = Affine.translate(10, 0).then(Affine.scale(2, 2));
        assertPoint(22, 4, moveThenDouble.apply(new Point(1, 2)));
    }

    @Test
    void rotationIsClockwiseOnScreenAndCanHaveACentre() {
        assertPoint(0, 1, Affine.rotate(90).apply(new Point(1, 0)));
        assertPoint(10, 11, Affine.rotate(90, 10, 10).apply(new Point(11, 10)));
    }

    @Test
    void transformListAppliesTheRightmostFirst() {
        // SVG: translate(100 0) scale(2) maps (1, 1) to (102, 2).
        assertPoint(102, 2, Affine.parse("translate(100 0) scale(2)").apply(new Point(1, 1)));
        assertPoint(102, 2, Affine.parse(" translate(100,0),scale(2,2) ").apply(new Point(1, 1)));
    }

    @Test
    void everyAllowedTransformParses() {
        assertPoint(5, 0, Affine.parse("translate(5)").apply(Point.ORIGIN));
        assertPoint(3, 8, Affine.parse("scale(3 4)").apply(new Point(1, 2)));
        assertPoint(10, 11, Affine.parse("rotate(90 10 10)").apply(new Point(11, 10)));
        assertEquals(new Affine(1, 2, 3, 4, 5, 6), Affine.parse("matrix(1 2 3 4 5 6)"));
        assertEquals(Affine.IDENTITY, Affine.parse("  "));
        assertPoint(-1e-3, 0, Affine.parse("translate(-1e-3)").apply(Point.ORIGIN));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "skewX(30)                | TRANSFORM_NOT_ALLOWED | 1",
        "translate(1) url(#a)     | TRANSFORM_NOT_ALLOWED | 14",
        "rotate(1 2)              | TRANSFORM_SYNTAX      | 1",
        "matrix(1 2 3 4 5)        | TRANSFORM_SYNTAX      | 1",
        "translate(1 2            | TRANSFORM_SYNTAX      | 14",
        "translate 1 2            | TRANSFORM_SYNTAX      | 11",
        "translate(1,,2)          | TRANSFORM_SYNTAX      | 13",
        "scale(2),                | TRANSFORM_SYNTAX      | 10",
        "scale(1px)               | TRANSFORM_SYNTAX      | 8",
    })
    void badTransformsNameWhatAndWhere(String text, IllustrationCode code, int position) {
        IllustrationSyntaxException e = assertThrows(IllustrationSyntaxException.class, () -> Affine.parse(text));
        assertEquals(code, e.code());
        assertEquals(position, e.index() + 1, e.getMessage());
    }

    @Test
    void inverseUndoesAndFlatTransformsHaveNone() {
        Affine a = Affine.parse("translate(3 4) rotate(30) scale(2 5)");
        Point p = new Point(7, -2);
        assertPoint(p.x(), p.y(), a.then(a.inverse().orElseThrow()).apply(p));
        assertTrue(Affine.scale(0, 1).inverse().isEmpty());
    }

    static void assertPoint(double x, double y, Point actual) {
        assertEquals(x, actual.x(), EPS, () -> "x of " + actual);
        assertEquals(y, actual.y(), EPS, () -> "y of " + actual);
    }
}
