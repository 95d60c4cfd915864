package org.nightcramp.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nightcramp.content.ProblemAssert.assertClean;
import static org.nightcramp.content.ProblemAssert.assertLocatedAt;
import static org.nightcramp.content.ProblemAssert.assertOnly;
import static org.nightcramp.content.ProblemAssert.lineOf;
import static org.nightcramp.content.TestGuides.EN;
import static org.nightcramp.content.TestGuides.EN_FILE;
import static org.nightcramp.content.TestGuides.ZH;
import static org.nightcramp.content.TestGuides.read;
import static org.nightcramp.content.TestGuides.readProblems;
import static org.nightcramp.content.TestGuides.text;
import static org.nightcramp.content.TestGuides.tree;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Text that is not one well-formed JSON object: reported with its line and column. */
class GuideReaderSyntaxTest {

    @ParameterizedTest
    @ValueSource(strings = {EN, ZH})
    void bundledGuidesReadWithoutProblems(String locale) {
        GuideReader.Result result = read(text(tree(locale)));

        assertClean(result.problems());
        assertEquals(locale, result.guide().orElseThrow().meta().locale());
    }

    @Test
    void missingCommaIsReportedAtTheNextProperty() {
        ContentProblem p = assertOnly(readProblems("{\n  \"schema\": 1\n  \"meta\": {}\n}"), EN_FILE, "$", "json.syntax");

        assertEquals(List.of(3, 3), List.of(p.line(), p.column()));
        assertTrue(p.args().get(0).contains("comma"), p::toString);
    }

    @Test
    void missingCommaInTheRealGuideNamesTheLineAfterIt() {
        String text = text(tree(EN)).replaceFirst("(\"title\" : \"Night Cramp Guide\"),", "$1");

        ContentProblem p = assertOnly(readProblems(text), EN_FILE, "$", "json.syntax");

        assertLocatedAt(p, text, "\"subtitle\" : \"Calm");
    }

    @Test
    void unterminatedFileIsOneSyntaxProblem() {
        String text = text(tree(EN));

        List<ContentProblem> problems = readProblems(text.substring(0, text.length() / 2));

        assertEquals(List.of("json.syntax"), problems.stream().map(ContentProblem::code).toList(),
                () -> ProblemAssert.describeAll(problems));
    }

    /** Breaks the text inside a section; the parser cannot be trusted after it, so one problem. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'\"seconds\" : 30,'                 | '\"seconds\" : 3x,'",
        "'\"forEveryone\" : false'           | '\"forEveryone\" : fals'",
        "'\"id\" : \"fatigue\",'           | '\"id\" : \"fatigue\"'",
        "'\"illustration\" : \"cold-night.svg\"' | '\"illustration\" : \"cold-night.svg'",
        "'\"level\" : \"mixed\",'          | '\"level\" : mixed,'",
    })
    void syntaxErrorInsideASectionIsOneProblemOnItsLine(String good, String broken) {
        String text = text(tree(EN));
        int line = lineOf(text.replaceFirst(Pattern.quote(good), "@@"), "@@");
        String brokenText = text.replaceFirst(Pattern.quote(good), Matcher.quoteReplacement(broken));

        List<ContentProblem> problems = readProblems(brokenText);

        assertEquals(List.of("json.syntax"), problems.stream().map(ContentProblem::code).toList(),
                () -> ProblemAssert.describeAll(problems));
        assertTrue(problems.get(0).line() == line || problems.get(0).line() == line + 1, problems.get(0)::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "null", "\"guide\"", "42", "[{\"schema\": 1}]"})
    void documentThatIsNotAnObjectIsRejected(String json) {
        ContentProblem p = assertOnly(readProblems(json), EN_FILE, "$", "json.notObject");

        assertEquals(List.of(1, 1), List.of(p.line(), p.column()));
    }

    @Test
    void emptyFileIsNotAnObject() {
        assertOnly(readProblems(""), EN_FILE, "$", "json.notObject");
    }

    @Test
    void secondObjectAfterTheGuideIsTrailingText() {
        String text = text(tree(EN)) + "\n{}";

        ContentProblem p = assertOnly(readProblems(text), EN_FILE, "$", "json.trailing");

        assertEquals(text.split("\n").length, p.line());
    }

    @Test
    void duplicateTopLevelKeyIsReportedWhereItRepeats() {
        String text = text(tree(EN)).replaceFirst("\"schema\" : 1,", "\"schema\" : 1,\n  \"schema\" : 1,");

        ContentProblem p = assertOnly(readProblems(text), EN_FILE, "$", "json.duplicateKey");

        assertEquals(List.of("schema"), p.args());
        assertEquals(3, p.line());
    }

    @Test
    void duplicateNestedKeyIsReportedWhereItRepeats() {
        String text = text(tree(EN)).replaceFirst("\"id\" : \"fatigue\",", "\"id\" : \"fatigue\",\n    \"id\" : \"tired\",");

        // A duplicate key stops the parser, which cannot say which object it was in: the line can.
        ContentProblem p = assertOnly(readProblems(text), EN_FILE, "$", "json.duplicateKey");

        assertEquals(List.of("id"), p.args());
        assertLocatedAt(p, text, "\"id\" : \"tired\"");
    }
}
