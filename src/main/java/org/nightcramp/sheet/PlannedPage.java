package org.nightcramp.sheet;

import java.util.List;
import java.util.stream.Collectors;

/** One page of the sheet: everything on it, in drawing order. */
public record PlannedPage(int number, List<Drawn> items) {

    public PlannedPage {
        items = List.copyOf(items);
    }

    /** The page's words, line by line, for tests and for people who use screen readers. */
    public String text() {
        return items.stream().filter(Drawn.TextLine.class::isInstance).map(d -> ((Drawn.TextLine) d).text())
                .collect(Collectors.joining("\n"));
    }
}
