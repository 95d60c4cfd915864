package org.nightcramp.content.illustration;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** The outline of one shape: an immutable list of absolute segments starting with a move. */
public record PathData(List<PathSegment> segments) {

    /** Decimal places kept by {@link #toSvgString()}; far finer than a pixel at any sensible size. */
    private static final int SVG_STRING_DECIMALS = 4;

    public PathData {
        segments = List.copyOf(segments);
        if (segments.isEmpty() || !(segments.get(0) instanceof PathSegment.MoveTo)) {
            throw new IllegalArgumentException("A path starts with a move");
        }
    }

    /**
     * Parses SVG path data with the commands M, L, H, V, C, S, Q, T and Z in both cases.
     *
     * @throws IllustrationSyntaxException at the first character that cannot be read; arcs (A, a)
     *                                     are refused with their own code
     */
    public static PathData parse(String d) {
        return new PathData(PathParser.parse(d));
    }

    /** The same outline with every point mapped through {@code transform}. */
    public PathData transform(Affine transform) {
        return new PathData(segments.stream().map(s -> s.transform(transform)).toList());
    }

    /** Path data in absolute commands with few digits, as JavaFX's SVGPath.setContent takes it. */
    public String toSvgString() {
        StringBuilder sb = new StringBuilder();
        for (PathSegment segment : segments) {
            sb.append(segment.command());
            boolean first = true;
            for (Point p : segment.points()) {
                if (!first) {
                    sb.append(' ');
                }
                first = false;
                sb.append(format(p.x())).append(' ').append(format(p.y()));
            }
        }
        return sb.toString();
    }

    /** The tight bounds of the outline itself (curve extremes, not control points; no stroke). */
    public Bounds bounds() {
        return PathBounds.of(segments);
    }

    private static String format(double v) {
        return BigDecimal.valueOf(v).setScale(SVG_STRING_DECIMALS, RoundingMode.HALF_EVEN)
                .stripTrailingZeros().toPlainString();
    }
}
