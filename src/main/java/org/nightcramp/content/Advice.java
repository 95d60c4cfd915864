package org.nightcramp.content;

import java.util.List;

/**
 * A thing the reader can do.
 *
 * @param forEveryone true when the advice fits everyone, whatever their answers
 */
public record Advice(
        String id,
        AdviceKind kind,
        String title,
        String summary,
        List<String> details,
        Evidence evidence,
        boolean forEveryone) {

    public Advice {
        details = List.copyOf(details);
    }
}
