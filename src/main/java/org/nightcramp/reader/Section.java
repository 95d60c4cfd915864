package org.nightcramp.reader;

import java.util.List;
import java.util.stream.Stream;

/**
 * One part of the reader, listed in the table of contents.
 *
 * @param id    stable id such as {@code intro} or {@code cause:cold}
 * @param level 1 for a top-level part, 2 for one nested under the part before it
 */
public record Section(String id, int level, String heading, List<Block> blocks) {

    public Section {
        if (level != 1 && level != 2) {
            throw new IllegalArgumentException("Section " + id + " has level " + level + "; use 1 or 2");
        }
        blocks = List.copyOf(blocks);
    }

    /** The heading, then every block's text, in reading order. */
    public List<String> texts() {
        return Stream.concat(Stream.of(heading), blocks.stream().flatMap(b -> b.texts().stream())).toList();
    }
}
