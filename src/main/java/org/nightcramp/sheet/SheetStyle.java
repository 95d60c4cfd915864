package org.nightcramp.sheet;

import org.nightcramp.content.illustration.Rgb;

/** The printed sheet's type sizes and colours: dark ink on white, one calm accent, red for danger. */
final class SheetStyle {

    static final Rgb INK = Rgb.parse("#1f2a33");
    static final Rgb MUTED = Rgb.parse("#55616b");
    static final Rgb ACCENT = Rgb.parse("#1d6f66");
    static final Rgb ACCENT_TINT = Rgb.parse("#e8f3f1");
    static final Rgb WARN = Rgb.parse("#b3261e");
    static final Rgb WARN_TINT = Rgb.parse("#fcefee");
    static final Rgb RULE = Rgb.parse("#c9d3d8");
    static final Rgb CARD = Rgb.parse("#f6f8f9");
    /** The diary chart: cramps as light teal bars, severity as a warm line that prints apart from them. */
    static final Rgb BAR = Rgb.parse("#9fcdc5");
    static final Rgb BAR_EDGE = Rgb.parse("#2f7d73");
    static final Rgb SEVERITY = Rgb.parse("#b45a12");
    static final Rgb WHITE = Rgb.parse("#ffffff");

    static final double TITLE = 22;
    static final double HEADING = 14;
    static final double SUBHEADING = 10.5;
    static final double BODY = 10;
    static final double SMALL = 8.5;
    static final double TINY = 7.5;
    /** Line height as a multiple of the font size; a little more than the fonts' own for easy reading. */
    static final double LEADING = 1.32;

    /** Space between blocks, between sections, and kept free for the footer. */
    static final double GAP = 6;
    static final double SECTION_GAP = 14;
    static final double FOOTER = 22;

    private SheetStyle() {
    }
}
