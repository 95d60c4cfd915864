package org.nightcramp.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nightcramp.content.ProblemAssert.assertOnly;
import static org.nightcramp.content.TestGuides.EN;
import static org.nightcramp.content.TestGuides.EN_FILE;
import static org.nightcramp.content.TestGuides.tree;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Text in guide.json must be valid Unicode without control characters; a bad one is named by its path. */
class GuideUnicodeTest {

    private final ObjectNode guide = tree(EN);

    /** The guide as a file, with one title rewritten to hold a JSON escape. */
    private List<ContentProblem> checkFileWith(String escape) {
        String title = guide.at("/causes/1/title").asText();
        String text = TestGuides.text(guide).replace("\"" + title + "\"", "\"Tired" + escape + " legs\"");
        GuideReader.Result read = TestGuides.read(text);
        assertEquals(List.of(), read.problems(), "JSON lets the escape through");
        return GuideValidator.validate(EN_FILE, EN, read.guide().orElseThrow());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\\ud800     | text.loneSurrogate | U+D800",
        "\\udfff     | text.loneSurrogate | U+DFFF",
        "\\udc00\\ud800 | text.loneSurrogate | U+DC00",
        "\\u0000     | text.controlChar   | U+0000",
        "\\u001b     | text.controlChar   | U+001B",
    })
    void badEscapeIsRejectedAtItsPath(String escape, String code, String unit) {
        ContentProblem p = assertOnly(checkFileWith(escape), EN_FILE, "$.causes[1].title", code);

        assertEquals(List.of(unit, "6"), p.args());
    }

    @Test
    void aPairedSurrogateIsFine() {
        // U+1F9B5, a leg, written as its surrogate pair.
        assertEquals(List.of(), checkFileWith("\\ud83e\\uddb5"));
    }

    @Test
    void newlinesAndTabsAreFine() {
        assertEquals(List.of(), checkFileWith("\\n\\t"));
    }

    @Test
    void deepTextIsNamedToo() {
        TestGuides.array(guide, "/advice/0/details").set(0, "Warm \u0000 socks");

        assertOnly(GuideValidatorTest.validate(guide), EN_FILE, "$.advice[0].details[0]", "text.controlChar");
    }
}
