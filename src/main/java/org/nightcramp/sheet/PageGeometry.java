package org.nightcramp.sheet;

/**
 * A page to lay the sheet out on, in points with y pointing down: its size and the margins
 * nothing is drawn in. The PDF uses the sheet's own margins; printing uses the printer's when
 * they are wider, so nothing falls in the part a printer cannot reach.
 */
public record PageGeometry(double width, double height, double left, double right, double top,
                           double bottom) {

    /** The sheet's own margin on every side, about 15 mm. */
    public static final double MARGIN = 42;

    public PageGeometry {
        if (!(width > 0 && height > 0 && left >= 0 && right >= 0 && top >= 0 && bottom >= 0
                && left + right < width && top + bottom < height)) {
            throw new IllegalArgumentException("Not a usable page: " + width + "x" + height
                    + " with margins " + left + ", " + right + ", " + top + ", " + bottom);
        }
    }

    /** The paper with the sheet's own margins. */
    public static PageGeometry of(Paper paper) {
        return new PageGeometry(paper.width(), paper.height(), MARGIN, MARGIN, MARGIN, MARGIN);
    }

    /** The same page with each margin at least the sheet's own. */
    public PageGeometry atLeastSheetMargins() {
        return new PageGeometry(width, height, Math.max(left, MARGIN), Math.max(right, MARGIN),
                Math.max(top, MARGIN), Math.max(bottom, MARGIN));
    }

    public double contentWidth() {
        return width - left - right;
    }

    public double contentBottom() {
        return height - bottom;
    }
}
