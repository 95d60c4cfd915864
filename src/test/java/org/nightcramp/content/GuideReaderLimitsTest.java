package org.nightcramp.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nightcramp.content.ProblemAssert.assertClean;
import static org.nightcramp.content.ProblemAssert.assertHas;
import static org.nightcramp.content.ProblemAssert.assertOnly;
import static org.nightcramp.content.TestGuides.EN;
import static org.nightcramp.content.TestGuides.EN_FILE;
import static org.nightcramp.content.TestGuides.MAPPER;
import static org.nightcramp.content.TestGuides.object;
import static org.nightcramp.content.TestGuides.readProblems;
import static org.nightcramp.content.TestGuides.text;
import static org.nightcramp.content.TestGuides.tree;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nightcramp.storage.StrictJson;

/** The size and depth limits of the strict mapper, as the reader and the checker report them. */
class GuideReaderLimitsTest {

    private final ObjectNode guide = tree(EN);

    @Test
    void nestingDeeperThanTheLimitIsReported() {
        String deep = "[".repeat(StrictJson.MAX_DEPTH + 4) + "]".repeat(StrictJson.MAX_DEPTH + 4);
        String text = text(guide).replaceFirst("\\{", "{\n  \"deep\" : " + deep + ",");

        List<ContentProblem> problems = readProblems(text);

        // The unknown property is true as well; the depth is what stops the reader.
        assertHas(problems, EN_FILE, "$", "json.tooDeep");
        assertHas(problems, EN_FILE, "$.deep", "json.unknownProperty");
        assertEquals(2, problems.size(), () -> ProblemAssert.describeAll(problems));
    }

    @Test
    void nestingWithinTheLimitIsOnlyAnUnknownProperty() {
        String nested = "[".repeat(StrictJson.MAX_DEPTH - 2) + "]".repeat(StrictJson.MAX_DEPTH - 2);
        String text = text(guide).replaceFirst("\\{", "{\n  \"deep\" : " + nested + ",");

        assertOnly(readProblems(text), EN_FILE, "$.deep", "json.unknownProperty");
    }

    @Test
    void textOfTheLongestAllowedLengthIsRead() {
        object(guide, "/causes/0").put("summary", "x".repeat(StrictJson.MAX_STRING_CHARS));

        assertClean(readProblems(text(guide)));
    }

    @Test
    void textLongerThanTheLimitIsTooLarge() {
        object(guide, "/causes/0").put("summary", "x".repeat(StrictJson.MAX_STRING_CHARS + 1));

        assertOnly(readProblems(text(guide)), EN_FILE, "$.causes[0].summary", "json.tooLarge");
    }

    @Test
    void numberLongerThanTheLimitIsTooLarge() {
        String text = text(guide).replaceFirst("\"seconds\" : 30,", "\"seconds\" : 123456789012345678901,");

        // Jackson meets the number while moving to the value, before it names the property.
        assertOnly(readProblems(text), EN_FILE, "$.routines[0].steps[1]", "json.tooLarge");
    }

    @Test
    void documentLargerThanTheLimitIsRefusedBeforeParsing(@TempDir Path dir) throws IOException {
        ContentFolder folder = ContentFolder.bundledCopy(dir);
        // Not JSON at all: a parser would report a syntax error, so only a size check can pass here.
        byte[] garbage = new byte[(int) StrictJson.MAX_DOCUMENT_BYTES + 1];
        Arrays.fill(garbage, (byte) 'x');
        folder.writeBytes(TestGuides.ZH_FILE, garbage);

        List<ContentProblem> problems = new ContentChecker(MAPPER).check(folder.source());

        ContentProblem p = assertOnly(problems, TestGuides.ZH_FILE, "", "file.tooLarge");
        assertEquals(List.of(String.valueOf(garbage.length / 1024), String.valueOf(StrictJson.MAX_DOCUMENT_BYTES / 1024)),
                p.args());
    }

    @Test
    void documentOfExactlyTheLimitIsParsed(@TempDir Path dir) throws IOException {
        ContentFolder folder = ContentFolder.bundledCopy(dir);
        byte[] garbage = new byte[(int) StrictJson.MAX_DOCUMENT_BYTES];
        Arrays.fill(garbage, (byte) 'x');
        folder.writeBytes(TestGuides.ZH_FILE, garbage);

        List<ContentProblem> problems = new ContentChecker(MAPPER).check(folder.source());

        ContentProblem p = assertOnly(problems, TestGuides.ZH_FILE, "$", "json.syntax");
        assertTrue(p.line() == 1 && p.column() > 0, p::toString);
    }
}
