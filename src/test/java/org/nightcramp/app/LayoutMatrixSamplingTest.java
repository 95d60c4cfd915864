package org.nightcramp.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.nightcramp.app.LayoutMatrixTest.Combo;
import org.nightcramp.app.LayoutMatrixTest.Size;

/** Keeps the layout matrix's sampling honest: every size meets every language, theme and text size. */
class LayoutMatrixSamplingTest {

    private static final List<Size> SIZES = List.of(LayoutMatrixTest.SMALL, LayoutMatrixTest.LAPTOP,
            LayoutMatrixTest.MEDIUM, LayoutMatrixTest.LARGE);

    @Test
    void everySizeMeetsEveryLanguageThemeAndTextSize() {
        Set<String> missing = new TreeSet<>();
        for (Size size : SIZES) {
            for (String language : List.of("en", "zh-CN")) {
                check(missing, size, "language " + language, c -> c.language().equals(language));
            }
            for (boolean night : List.of(false, true)) {
                check(missing, size, night ? "Night" : "Light", c -> c.night() == night);
            }
            for (int larger : List.of(0, 3)) {
                check(missing, size, "text +" + larger, c -> c.larger() == larger);
            }
        }
        assertEquals(Set.of(), missing);
    }

    /** A notice pushes the page down: every size shows every page with one up, and without. */
    @Test
    void everySizeShowsThePagesWithANoticeAndWithout() {
        Set<String> missing = new TreeSet<>();
        for (Size size : SIZES) {
            check(missing, size, "a notice", c -> c.notices().contains(size));
            check(missing, size, "no notice", c -> !c.notices().contains(size));
            for (String language : List.of("en", "zh-CN")) {
                check(missing, size, "a notice in " + language, c -> c.language().equals(language)
                        && c.notices().contains(size));
            }
        }
        LayoutMatrixTest.COMBOS.stream().filter(c -> !c.sizes().containsAll(c.notices()))
                .forEach(c -> missing.add(c.name() + " has a notice at a size it does not visit"));
        assertEquals(Set.of(), missing);
    }

    @Test
    void everyCombinationOfLanguageThemeAndTextSizeIsSeen() {
        Set<String> seen = new TreeSet<>();
        LayoutMatrixTest.COMBOS.forEach(c -> seen.add(c.name()));
        assertEquals(8, seen.size(), seen.toString());
    }

    private static void check(Set<String> missing, Size size, String what, java.util.function.Predicate<Combo> has) {
        boolean found = LayoutMatrixTest.COMBOS.stream().anyMatch(c -> has.test(c) && c.sizes().contains(size));
        if (!found) {
            missing.add(size + " with " + what);
        }
    }
}
