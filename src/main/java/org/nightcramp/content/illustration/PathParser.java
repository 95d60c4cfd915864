package org.nightcramp.content.illustration;

import java.util.ArrayList;
import java.util.List;

/** Turns SVG path data into absolute segments, resolving relative and shorthand commands. */
final class PathParser {

    private static final String COMMANDS = "MmLlHhVvCcSsQqTtZz";

    private final NumberScanner in;
    private final List<PathSegment> out = new ArrayList<>();
    private Point current = Point.ORIGIN;
    private Point subpathStart = Point.ORIGIN;

    private PathParser(String d) {
        in = new NumberScanner(d, IllustrationCode.PATH_SYNTAX);
    }

    static List<PathSegment> parse(String d) {
        PathParser parser = new PathParser(d);
        parser.run();
        return parser.out;
    }

    private void run() {
        char command = 0;
        in.skipWhitespace();
        if (in.atEnd() || Character.toLowerCase(in.peek()) != 'm') {
            throw error(in.peek() == 'A' || in.peek() == 'a'
                    ? IllustrationCode.PATH_ARC : IllustrationCode.PATH_START);
        }
        while (!in.atEnd()) {
            char c = in.peek();
            if (c == 'A' || c == 'a') {
                throw error(IllustrationCode.PATH_ARC);
            } else if (COMMANDS.indexOf(c) >= 0) {
                command = c;
                in.advance();
            } else if (!in.atNumber() || command == 'Z' || command == 'z') {
                // Numbers may repeat the previous command, except after Z which takes none.
                throw in.error();
            }
            segment(command);
            // After a move, further coordinate pairs are implicit lines.
            if (command == 'M') {
                command = 'L';
            } else if (command == 'm') {
                command = 'l';
            }
            if (in.skipSeparator() && !in.atNumber()) {
                throw in.error();
            }
        }
    }

    private void segment(char command) {
        boolean relative = Character.isLowerCase(command);
        switch (Character.toUpperCase(command)) {
            case 'M' -> {
                current = point(relative);
                subpathStart = current;
                out.add(new PathSegment.MoveTo(current));
            }
            case 'L' -> line(point(relative));
            case 'H' -> line(new Point(coordinate(relative ? current.x() : 0), current.y()));
            case 'V' -> line(new Point(current.x(), coordinate(relative ? current.y() : 0)));
            case 'C' -> cubic(point(relative), pointAfterSeparator(relative), pointAfterSeparator(relative));
            case 'S' -> cubic(reflectedControl(true), point(relative), pointAfterSeparator(relative));
            case 'Q' -> quad(point(relative), pointAfterSeparator(relative));
            case 'T' -> quad(reflectedControl(false), point(relative));
            default -> {
                out.add(new PathSegment.Close());
                current = subpathStart;
                in.skipWhitespace();
            }
        }
    }

    private void line(Point to) {
        out.add(new PathSegment.LineTo(to));
        current = to;
    }

    private void cubic(Point c1, Point c2, Point to) {
        out.add(new PathSegment.CubicTo(c1, c2, to));
        current = to;
    }

    private void quad(Point control, Point to) {
        out.add(new PathSegment.QuadTo(control, to));
        current = to;
    }

    /** S and T mirror the previous curve's last control point, if it was the same kind of curve. */
    private Point reflectedControl(boolean cubic) {
        PathSegment last = out.get(out.size() - 1);
        if (cubic && last instanceof PathSegment.CubicTo c) {
            return c.control2().reflectedThrough(current);
        }
        if (!cubic && last instanceof PathSegment.QuadTo q) {
            return q.control().reflectedThrough(current);
        }
        return current;
    }

    private Point point(boolean relative) {
        double x = coordinate(relative ? current.x() : 0);
        in.skipSeparator();
        double y = coordinate(relative ? current.y() : 0);
        return new Point(x, y);
    }

    private Point pointAfterSeparator(boolean relative) {
        in.skipSeparator();
        return point(relative);
    }

    private double coordinate(double origin) {
        in.skipWhitespace();
        int at = in.position();
        double value = origin + in.number();
        if (!Double.isFinite(value)) {
            throw in.error(at);
        }
        return value;
    }

    private IllustrationSyntaxException error(IllustrationCode code) {
        return new IllustrationSyntaxException(code, in.position(), in.text());
    }
}
