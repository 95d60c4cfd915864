package org.nightcramp.reader;

/**
 * A short name for a citation, for the evidence notes. The content has no short-name field, so
 * this takes the part before the first ". " (the authors, in journal style) and otherwise the
 * whole citation without its closing full stop.
 */
final class SourceNames {

    private SourceNames() {
    }

    static String shortName(String citation) {
        String trimmed = citation.strip();
        int end = trimmed.indexOf(". ");
        String name = end > 0 ? trimmed.substring(0, end) : trimmed;
        while (name.endsWith(".") || name.endsWith("。")) {
            name = name.substring(0, name.length() - 1);
        }
        return name;
    }
}
