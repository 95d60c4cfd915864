package org.nightcramp.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Assertions on content problems that print every problem found when they fail. */
final class ProblemAssert {

    private ProblemAssert() {
    }

    static String describeAll(List<ContentProblem> problems) {
        return problems.isEmpty() ? "no problems" : problems.stream()
                .map(p -> p.describe(Locale.ENGLISH) + "  [" + p.code() + "]")
                .collect(Collectors.joining("\n  ", "problems:\n  ", ""));
    }

    static void assertClean(List<ContentProblem> problems) {
        assertEquals(List.of(), problems, () -> describeAll(problems));
    }

    /** Asserts there is exactly one problem, in that file at that place with that code. */
    static ContentProblem assertOnly(List<ContentProblem> problems, String file, String where, String code) {
        assertEquals(1, problems.size(), () -> describeAll(problems));
        ContentProblem p = problems.get(0);
        assertEquals(List.of(file, where, code), List.of(p.file(), p.where(), p.code()), () -> describeAll(problems));
        return p;
    }

    /** Asserts one of the problems is in that file at that place with that code. */
    static ContentProblem assertHas(List<ContentProblem> problems, String file, String where, String code) {
        return problems.stream()
                .filter(p -> p.file().equals(file) && p.where().equals(where) && p.code().equals(code))
                .findFirst()
                .orElseGet(() -> fail("Expected " + code + " at " + file + " " + where + "; " + describeAll(problems)));
    }

    /** The problems as "code where" lines, to compare a whole list at once. */
    static List<String> codesAt(List<ContentProblem> problems) {
        return problems.stream().map(p -> p.code() + " " + p.where()).toList();
    }

    /** The 1-based line on which the needle, which must be unique, starts. */
    static int lineOf(String text, String needle) {
        int index = text.indexOf(needle);
        assertTrue(index >= 0, () -> "No " + needle + " in the text");
        assertTrue(text.indexOf(needle, index + 1) < 0, () -> needle + " is not unique in the text");
        return 1 + (int) text.substring(0, index).chars().filter(c -> c == '\n').count();
    }

    /** Asserts the problem's line is the needle's line and its column lies on that line at or after it. */
    static void assertLocatedAt(ContentProblem p, String text, String needle) {
        int line = lineOf(text, needle);
        int index = text.indexOf(needle);
        int lineStart = text.lastIndexOf('\n', index) + 1;
        int lineEnd = text.indexOf('\n', index) < 0 ? text.length() : text.indexOf('\n', index);
        int column = index - lineStart + 1;
        assertEquals(line, p.line(), () -> "line of " + needle + " in " + p);
        assertTrue(p.column() >= column && p.column() <= lineEnd - lineStart + 1,
                () -> "column " + p.column() + " should be within " + column + ".." + (lineEnd - lineStart + 1) + " for " + p);
    }
}
