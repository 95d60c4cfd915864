package org.nightcramp.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nightcramp.content.ProblemAssert.assertClean;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The content the app ships with, read from the classpath as the app reads it. */
class BundledContentTest {

    private final ClasspathContentSource bundled = new ClasspathContentSource();

    @Test
    void bundledLocalesAreEnglishAndSimplifiedChinese() throws IOException {
        assertEquals(List.of(TestGuides.EN, TestGuides.ZH), bundled.locales());
    }

    @Test
    void bundledContentHasNoProblems() {
        List<ContentProblem> problems = new ContentChecker(TestGuides.MAPPER).check(bundled);

        // Some drawings are still being made on another branch, so this branch may not have them
        // yet. Only a drawing that is really absent from the classpath is forgiven; every other
        // problem, a missing font included, fails the test. Once all drawings are merged, nothing
        // is filtered here.
        List<ContentProblem> remaining = problems.stream()
                .filter(p -> !(p.code().equals("ref.missingFile")
                        && p.args().get(1).equals(ContentPaths.ILLUSTRATIONS)
                        && !bundled.exists(ContentPaths.ILLUSTRATIONS + p.args().get(0))))
                .toList();
        assertClean(remaining);
    }

    @Test
    void bundledSourceSizeMatchesItsBytes() throws IOException {
        String font = ContentPaths.FONTS + "NotoSans-Regular.ttf";

        assertEquals(bundled.read(font, ReferenceChecker.MAX_FONT_BYTES).length, bundled.size(font));
    }
}
