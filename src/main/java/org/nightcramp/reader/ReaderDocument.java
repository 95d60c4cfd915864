package org.nightcramp.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The whole guide as one readable document. Its text runs ({@link #texts()}) are numbered in
 * reading order across all sections; find matches and rendered text nodes share that numbering.
 */
public record ReaderDocument(List<Section> sections) {

    public ReaderDocument {
        sections = List.copyOf(sections);
    }

    public Optional<Section> section(String id) {
        return sections.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** Every text run of every section, in reading order. */
    public List<String> texts() {
        List<String> all = new ArrayList<>();
        sections.forEach(s -> all.addAll(s.texts()));
        return List.copyOf(all);
    }

    /** The id of the section holding text run {@code textIndex}. */
    public String sectionIdOfText(int textIndex) {
        int seen = 0;
        for (Section section : sections) {
            seen += section.texts().size();
            if (textIndex < seen) {
                return section.id();
            }
        }
        throw new IndexOutOfBoundsException("Text run " + textIndex + " of " + seen);
    }
}
