package org.nightcramp.sheet;

import java.util.Optional;

/**
 * What the person typed on the sheet page, kept by the app so a language switch, which rebuilds
 * every page, does not lose it. Not saved to disk: a name and questions for a doctor are private.
 */
public final class SheetDraft {

    private String name = "";
    private String note = "";
    private Paper paper;

    public String name() {
        return name;
    }

    public String note() {
        return note;
    }

    /** The paper chosen, or empty while the locale's default stands. */
    public Optional<Paper> paper() {
        return Optional.ofNullable(paper);
    }

    void name(String value) {
        name = value == null ? "" : value;
    }

    void note(String value) {
        note = value == null ? "" : value;
    }

    void paper(Paper value) {
        paper = value;
    }
}
