package org.nightcramp.content.illustration;

import java.util.Optional;

/**
 * A 2D affine transform in SVG's {@code matrix(a b c d e f)} form: x' = a·x + c·y + e,
 * y' = b·x + d·y + f.
 */
public record Affine(double a, double b, double c, double d, double e, double f) {

    public static final Affine IDENTITY = new Affine(1, 0, 0, 1, 0, 0);

    public Affine {
        for (double v : new double[] {a, b, c, d, e, f}) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("Affine coefficients must be finite");
            }
        }
    }

    public static Affine translate(double tx, double ty) {
        return new Affine(1, 0, 0, 1, tx, ty);
    }

    public static Affine scale(double sx, double sy) {
        return new Affine(sx, 0, 0, sy, 0, 0);
    }

    /** Rotation by {@code degrees} about the origin; positive turns clockwise on screen (y down). */
    public static Affine rotate(double degrees) {
        double rad = Math.toRadians(degrees);
        double cos = Math.cos(rad);
        double sin = Math.sin(rad);
        return new Affine(cos, sin, -sin, cos, 0, 0);
    }

    /** Rotation by {@code degrees} about ({@code cx}, {@code cy}), as SVG's rotate(a cx cy). */
    public static Affine rotate(double degrees, double cx, double cy) {
        return translate(-cx, -cy).then(rotate(degrees)).then(translate(cx, cy));
    }

    /**
     * Parses an SVG transform list such as {@code "translate(10 20) rotate(-15 40 50)"}; only
     * translate, rotate, scale and matrix are accepted. An empty list is the identity.
     *
     * @throws IllustrationSyntaxException with the position of the first thing it cannot read
     */
    public static Affine parse(String transformList) {
        return TransformParser.parse(transformList);
    }

    /** The transform that applies this one first and then {@code after}. */
    public Affine then(Affine after) {
        return new Affine(
                after.a * a + after.c * b,
                after.b * a + after.d * b,
                after.a * c + after.c * d,
                after.b * c + after.d * d,
                after.a * e + after.c * f + after.e,
                after.b * e + after.d * f + after.f);
    }

    public Point apply(Point p) {
        return new Point(a * p.x() + c * p.y() + e, b * p.x() + d * p.y() + f);
    }

    /** The transform that undoes this one, or empty when this one flattens the plane. */
    public Optional<Affine> inverse() {
        double det = a * d - b * c;
        if (det == 0 || !Double.isFinite(1 / det)) {
            return Optional.empty();
        }
        return Optional.of(new Affine(d / det, -b / det, -c / det, a / det,
                (c * f - d * e) / det, (b * e - a * f) / det));
    }

    public boolean isIdentity() {
        return equals(IDENTITY);
    }
}
