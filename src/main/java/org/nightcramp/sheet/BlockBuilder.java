package org.nightcramp.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nightcramp.content.illustration.Rgb;

/** Writes wrapped text, boxes and pictures into one block, keeping track of how tall it gets. */
final class BlockBuilder {

    private final Typesetting type;
    private final List<Drawn> items = new ArrayList<>();
    private double y;

    BlockBuilder(Typesetting type) {
        this.type = type;
    }

    /** Wrapped text at the cursor; the cursor moves below it. */
    BlockBuilder text(String text, boolean bold, double size, Rgb colour, double x, double width) {
        y += textAt(text, bold, size, colour, x, y, width);
        return this;
    }

    /** Wrapped text at a place of its own, such as a column or a card; returns its height. */
    double textAt(String text, boolean bold, double size, Rgb colour, double x, double top, double width) {
        FontChain chain = type.chain(bold);
        double ascent = chain.ascent(size);
        double descent = chain.descent(size);
        double lineHeight = lineHeight(chain, size);
        double baseline = top + (lineHeight - ascent - descent) / 2 + ascent;
        List<String> lines = LineBreaker.lines(text, chain, size, width);
        for (String line : lines) {
            items.add(new Drawn.TextLine(x, baseline, size, colour, chain.runs(line, size), ascent, descent, bold));
            baseline += lineHeight;
        }
        return lines.size() * lineHeight;
    }

    /** One line ending at {@code right}, for numbers and labels set flush right. */
    double lineRightAt(String text, boolean bold, double size, Rgb colour, double right, double top) {
        FontChain chain = type.chain(bold);
        double ascent = chain.ascent(size);
        double descent = chain.descent(size);
        double lineHeight = lineHeight(chain, size);
        double baseline = top + (lineHeight - ascent - descent) / 2 + ascent;
        items.add(new Drawn.TextLine(right - chain.width(text, size), baseline, size, colour,
                chain.runs(text, size), ascent, descent, bold));
        return lineHeight;
    }

    /** The sheet's leading, but never less than the font's own ascent and descent. */
    static double lineHeight(FontChain chain, double size) {
        return Math.max(size * SheetStyle.LEADING, chain.ascent(size) + chain.descent(size));
    }

    double lineHeight(boolean bold, double size) {
        return lineHeight(type.chain(bold), size);
    }

    double width(String text, boolean bold, double size) {
        return type.chain(bold).width(text, size);
    }

    BlockBuilder box(double x, double top, double width, double height, Rgb fill, Rgb stroke, double line, double radius) {
        items.add(new Drawn.Box(x, top, width, height, Optional.ofNullable(fill), Optional.ofNullable(stroke), line, radius));
        return this;
    }

    /** Puts a box behind everything added so far, such as a card's background. */
    BlockBuilder boxBehind(double x, double top, double width, double height, Rgb fill, Rgb stroke, double line,
                           double radius) {
        items.add(0, new Drawn.Box(x, top, width, height, Optional.ofNullable(fill), Optional.ofNullable(stroke),
                line, radius));
        return this;
    }

    BlockBuilder polyline(List<org.nightcramp.content.illustration.Point> points, Rgb colour, double lineWidth) {
        items.add(new Drawn.Polyline(points, colour, lineWidth));
        return this;
    }

    BlockBuilder picture(double x, double top, double width, double height, String illustration) {
        items.add(new Drawn.Picture(x, top, width, height, illustration));
        return this;
    }

    BlockBuilder gap(double height) {
        y += height;
        return this;
    }

    double y() {
        return y;
    }

    BlockBuilder y(double value) {
        y = value;
        return this;
    }

    Block build(double spaceBefore, boolean keepWithNext) {
        return new Block(items, y, spaceBefore, keepWithNext);
    }
}
