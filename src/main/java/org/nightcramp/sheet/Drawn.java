package org.nightcramp.sheet;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.nightcramp.content.illustration.Point;
import org.nightcramp.content.illustration.Rgb;

/** One thing drawn on a planned page, in points from the page's top-left corner, y down. */
public sealed interface Drawn {

    /** The same thing moved by (dx, dy). */
    Drawn moved(double dx, double dy);

    /** Top of what is drawn, for checks that nothing crosses a page edge. */
    double top();

    /** Bottom of what is drawn. */
    double bottom();

    /**
     * One line of text.
     *
     * @param baseline y of the baseline
     * @param ascent   height above the baseline, in points
     * @param descent  depth below it, in points
     * @param bold     a heading: runs in a font without a bold face are drawn thickened
     */
    record TextLine(double x, double baseline, double size, Rgb colour, List<Run> runs, double ascent,
                    double descent, boolean bold) implements Drawn {
        public TextLine {
            runs = List.copyOf(runs);
        }

        public String text() {
            return runs.stream().map(Run::text).collect(Collectors.joining());
        }

        /** True when this run stands in for a bold face the fonts do not have, as Chinese does. */
        public boolean thickened(Run run) {
            return bold && !run.face().isBold();
        }

        /** Outline width that thickens a run to look bold, in points. */
        public double thickening() {
            return size * 0.035;
        }

        public double width() {
            return runs.isEmpty() ? 0 : runs.get(runs.size() - 1).x() + runs.get(runs.size() - 1).width();
        }

        @Override
        public TextLine moved(double dx, double dy) {
            return new TextLine(x + dx, baseline + dy, size, colour, runs, ascent, descent, bold);
        }

        @Override
        public double top() {
            return baseline - ascent;
        }

        @Override
        public double bottom() {
            return baseline + descent;
        }
    }

    /** A rectangle, filled or outlined or both, with rounded corners when {@code radius > 0}. */
    record Box(double x, double y, double width, double height, Optional<Rgb> fill, Optional<Rgb> stroke,
               double lineWidth, double radius) implements Drawn {
        @Override
        public Box moved(double dx, double dy) {
            return new Box(x + dx, y + dy, width, height, fill, stroke, lineWidth, radius);
        }

        @Override
        public double top() {
            return y;
        }

        @Override
        public double bottom() {
            return y + height;
        }
    }

    /** Straight lines through the points, stroked with round joins, such as a chart's line. */
    record Polyline(List<Point> points, Rgb colour, double lineWidth) implements Drawn {
        public Polyline {
            points = List.copyOf(points);
            if (points.size() < 2) {
                throw new IllegalArgumentException("a line needs two points");
            }
        }

        @Override
        public Polyline moved(double dx, double dy) {
            return new Polyline(points.stream().map(p -> new Point(p.x() + dx, p.y() + dy)).toList(), colour,
                    lineWidth);
        }

        @Override
        public double top() {
            return points.stream().mapToDouble(Point::y).min().orElseThrow() - lineWidth / 2;
        }

        @Override
        public double bottom() {
            return points.stream().mapToDouble(Point::y).max().orElseThrow() + lineWidth / 2;
        }
    }

    /** An illustration from {@code content/illustrations/}, fitted into the rectangle. */
    record Picture(double x, double y, double width, double height, String illustration) implements Drawn {
        @Override
        public Picture moved(double dx, double dy) {
            return new Picture(x + dx, y + dy, width, height, illustration);
        }

        @Override
        public double top() {
            return y;
        }

        @Override
        public double bottom() {
            return y + height;
        }
    }
}
