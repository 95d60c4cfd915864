package org.nightcramp.content.illustration;

import java.util.List;

/** One step of a path in absolute coordinates; relative and shorthand commands are resolved. */
public sealed interface PathSegment {

    /** The absolute SVG command letter for this kind of segment. */
    char command();

    /** The points this segment is drawn through or pulled toward, in order. */
    List<Point> points();

    /** The same segment with every point mapped through {@code transform}. */
    PathSegment transform(Affine transform);

    /** Starts a new subpath at {@code to}. */
    record MoveTo(Point to) implements PathSegment {
        @Override
        public char command() {
            return 'M';
        }

        @Override
        public List<Point> points() {
            return List.of(to);
        }

        @Override
        public MoveTo transform(Affine t) {
            return new MoveTo(t.apply(to));
        }
    }

    /** A straight line to {@code to}. */
    record LineTo(Point to) implements PathSegment {
        @Override
        public char command() {
            return 'L';
        }

        @Override
        public List<Point> points() {
            return List.of(to);
        }

        @Override
        public LineTo transform(Affine t) {
            return new LineTo(t.apply(to));
        }
    }

    /** A cubic Bézier curve to {@code to}. */
    record CubicTo(Point control1, Point control2, Point to) implements PathSegment {
        @Override
        public char command() {
            return 'C';
        }

        @Override
        public List<Point> points() {
            return List.of(control1, control2, to);
        }

        @Override
        public CubicTo transform(Affine t) {
            return new CubicTo(t.apply(control1), t.apply(control2), t.apply(to));
        }
    }

    /** A quadratic Bézier curve to {@code to}. */
    record QuadTo(Point control, Point to) implements PathSegment {
        @Override
        public char command() {
            return 'Q';
        }

        @Override
        public List<Point> points() {
            return List.of(control, to);
        }

        @Override
        public QuadTo transform(Affine t) {
            return new QuadTo(t.apply(control), t.apply(to));
        }
    }

    /** A straight line back to the start of the current subpath, closing it. */
    record Close() implements PathSegment {
        @Override
        public char command() {
            return 'Z';
        }

        @Override
        public List<Point> points() {
            return List.of();
        }

        @Override
        public Close transform(Affine t) {
            return this;
        }
    }
}
