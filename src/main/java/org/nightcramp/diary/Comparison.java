package org.nightcramp.diary;

import java.util.Objects;

/**
 * Two groups of nights side by side: with and without the stretch, or the last two weeks and the
 * two before them. A small personal comparison, not proof of anything.
 */
public record Comparison(Averages first, Averages second) {

    public Comparison {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
    }
}
