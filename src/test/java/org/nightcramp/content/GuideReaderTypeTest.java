package org.nightcramp.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nightcramp.content.ProblemAssert.assertLocatedAt;
import static org.nightcramp.content.ProblemAssert.assertOnly;
import static org.nightcramp.content.TestGuides.EN;
import static org.nightcramp.content.TestGuides.EN_FILE;
import static org.nightcramp.content.TestGuides.MAPPER;
import static org.nightcramp.content.TestGuides.object;
import static org.nightcramp.content.TestGuides.readProblems;
import static org.nightcramp.content.TestGuides.text;
import static org.nightcramp.content.TestGuides.tree;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Values of the wrong JSON type, and words outside an enum, named with the type wanted. */
class GuideReaderTypeTest {

    private final ObjectNode guide = tree(EN);

    /** Sets a value given as JSON text and expects one wrongType problem naming the wanted type. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/routines/0/steps/1 | seconds     | '\"30\"'       | $.routines[0].steps[1].seconds | number",
        "/routines/0/steps/1 | seconds     | 30.5           | $.routines[0].steps[1].seconds | number",
        "/routines/0/steps/1 | repetitions | true           | $.routines[0].steps[1].repetitions | number",
        "/causes/1           | title       | 12             | $.causes[1].title              | text",
        "/causes/1           | title       | false          | $.causes[1].title              | text",
        "/causes/1           | title       | '[\"a\"]'      | $.causes[1].title              | text",
        "/advice/1           | forEveryone | '\"true\"'     | $.advice[1].forEveryone        | true/false",
        "/advice/1           | forEveryone | 1              | $.advice[1].forEveryone        | true/false",
        "/causes/1           | explanation | '{}'           | $.causes[1].explanation        | list [...]",
        "/causes/1           | explanation | '\"one line\"' | $.causes[1].explanation        | list [...]",
        "/causes/1           | evidence    | '[]'           | $.causes[1].evidence           | object {...}",
        "/meta               | fonts       | '{\"a\": 1}'   | $.meta.fonts                   | list [...]",
    })
    void wrongTypeNamesTheTypeWanted(String object, String field, String json, String where, String type)
            throws JsonProcessingException {
        object(guide, object).set(field, MAPPER.readTree(json));
        String text = text(guide);

        ContentProblem p = assertOnly(readProblems(text), EN_FILE, where, "json.wrongType");

        assertEquals(List.of(type), p.args());
        assertLocatedAt(p, text, "\"" + field + "\" : " + MAPPER.readTree(json).toPrettyString().lines().findFirst().orElseThrow());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "schema      | '\"1\"'        | number",
        "meta        | '[]'           | object {...}",
        "causes      | '{}'           | list [...]",
        "advice      | '\"none\"'     | list [...]",
        "medicalHelp | 3              | object {...}",
    })
    void wrongTypeForASectionNamesTheSection(String section, String json, String type) throws JsonProcessingException {
        guide.set(section, MAPPER.readTree(json));

        ContentProblem p = assertOnly(readProblems(text(guide)), EN_FILE, "$." + section, "json.wrongType");

        assertEquals(List.of(type), p.args());
    }

    @Test
    void unknownFlagListsTheFlagsAllowed() {
        object(guide, "/causes/4/questions/0").put("flag", "clot");
        String text = text(guide);

        ContentProblem p = assertOnly(readProblems(text), EN_FILE, "$.causes[4].questions[0].flag", "json.badValue");

        assertEquals(List.of("clot", "\"none\", \"clot-sign\""), p.args());
        assertLocatedAt(p, text, "\"flag\" : \"clot\"");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/routines/0/steps/1 | kind      | stretch     | $.routines[0].steps[1].kind      | prepare",
        "/routines/0/steps/1 | side      | both        | $.routines[0].steps[1].side      | either",
        "/routines/0/steps/1 | animation | spin        | $.routines[0].steps[1].animation | knead",
        "/advice/0           | kind      | before      | $.advice[0].kind                 | prevention",
        "/advice/0/evidence  | level     | strong      | $.advice[0].evidence.level       | warning",
        "/causes/0/questions/0 | flag    | CLOT_SIGN   | $.causes[0].questions[0].flag    | clot-sign",
    })
    void wordOutsideAnEnumIsABadValue(String object, String field, String value, String where, String allowed) {
        object(guide, object).put(field, value);

        ContentProblem p = assertOnly(readProblems(text(guide)), EN_FILE, where, "json.badValue");

        assertEquals(value, p.args().get(0));
        assertEquals(true, p.args().get(1).contains("\"" + allowed + "\""), p::toString);
    }

    @Test
    void numberForAnEnumIsABadValue() {
        object(guide, "/causes/4/questions/0").put("flag", 1);

        assertOnly(readProblems(text(guide)), EN_FILE, "$.causes[4].questions[0].flag", "json.badValue");
    }
}
