package org.nightcramp.navigation;

/** The pages the navigation bar switches between; each feature issue adds its own. */
public enum Page {
    HOME("nav.home", "HOME"),
    GUIDE("nav.guide", "LIST_OL"),
    RELIEF("nav.relief", "HEARTBEAT"),
    SHEET("nav.sheet", "FILE_TEXT_ALT"),
    READER("nav.reader", "BOOK"),
    DIARY("nav.diary", "CALENDAR");

    private final String labelKey;
    private final String glyph;

    Page(String labelKey, String glyph) {
        this.labelKey = labelKey;
        this.glyph = glyph;
    }

    public String labelKey() {
        return labelKey;
    }

    /** FontAwesome glyph name shown beside the label. */
    public String glyph() {
        return glyph;
    }

    /** Stable control id for tests and accessibility tools, such as {@code navReader}. */
    public String navId() {
        String name = name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
        return "nav" + name;
    }
}
