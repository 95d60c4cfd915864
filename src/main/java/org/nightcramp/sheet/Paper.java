package org.nightcramp.sheet;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The paper sizes the sheet is laid out for, in PostScript points (1/72 inch). */
public enum Paper {
    A4("A4", 595, 842),
    LETTER("Letter", 612, 792);

    /** Countries where Letter is the usual office paper. */
    private static final Set<String> LETTER_COUNTRIES = Set.of("US", "CA", "MX");

    private final String label;
    private final double width;
    private final double height;

    Paper(String label, double width, double height) {
        this.label = label;
        this.width = width;
        this.height = height;
    }

    /** The name people know, as typed on the command line: {@code A4} or {@code Letter}. */
    public String label() {
        return label;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    /** Letter in the United States, Canada and Mexico, A4 everywhere else. */
    public static Paper forCountry(String country) {
        String code = country == null ? "" : country.toUpperCase(Locale.ROOT);
        return LETTER_COUNTRIES.contains(code) ? LETTER : A4;
    }

    /** Reads {@code A4} or {@code Letter} in any case. */
    public static Optional<Paper> parse(String text) {
        for (Paper paper : values()) {
            if (paper.label.equalsIgnoreCase(text.strip())) {
                return Optional.of(paper);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return label;
    }
}
