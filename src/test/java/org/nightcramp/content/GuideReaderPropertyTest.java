package org.nightcramp.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nightcramp.content.ProblemAssert.assertLocatedAt;
import static org.nightcramp.content.ProblemAssert.assertOnly;
import static org.nightcramp.content.ProblemAssert.codesAt;
import static org.nightcramp.content.ProblemAssert.lineOf;
import static org.nightcramp.content.TestGuides.EN;
import static org.nightcramp.content.TestGuides.EN_FILE;
import static org.nightcramp.content.TestGuides.array;
import static org.nightcramp.content.TestGuides.object;
import static org.nightcramp.content.TestGuides.read;
import static org.nightcramp.content.TestGuides.readProblems;
import static org.nightcramp.content.TestGuides.text;
import static org.nightcramp.content.TestGuides.tree;

import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Properties that are unknown, missing or null, and that every broken item is reported. */
class GuideReaderPropertyTest {

    private final ObjectNode guide = tree(EN);

    @Test
    void unknownTopLevelPropertyListsTheAllowedOnes() {
        guide.put("extra", 1);
        String text = text(guide);

        ContentProblem p = assertOnly(readProblems(text), EN_FILE, "$.extra", "json.unknownProperty");

        assertEquals(List.of("extra", "schema, meta, causes, otherFactors, aboutYou, advice, routines, medicalHelp, safetyPoints"), p.args());
        assertLocatedAt(p, text, "\"extra\"");
    }

    @Test
    void unknownPropertyInACauseNamesItsPath() {
        object(guide, "/causes/1").put("titel", "Tired legs");
        String text = text(guide);

        ContentProblem p = assertOnly(readProblems(text), EN_FILE, "$.causes[1].titel", "json.unknownProperty");

        assertEquals("titel", p.args().get(0));
        assertTrue(p.args().get(1).contains("title"), p::toString);
        assertLocatedAt(p, text, "\"titel\"");
    }

    @Test
    void unknownPropertyInAStepNamesItsPath() {
        object(guide, "/routines/0/steps/2").put("secs", 5);
        String text = text(guide);

        ContentProblem p = assertOnly(readProblems(text), EN_FILE, "$.routines[0].steps[2].secs", "json.unknownProperty");

        assertLocatedAt(p, text, "\"secs\"");
    }

    @Test
    void missingSectionIsReportedOnTheDocument() {
        guide.remove("otherFactors");

        ContentProblem p = assertOnly(readProblems(text(guide)), EN_FILE, "$", "json.missingProperty");

        assertEquals(List.of("otherFactors"), p.args());
    }

    @Test
    void misspeltSectionIsBothUnknownAndMissing() {
        guide.set("advices", guide.remove("advice"));

        assertEquals(List.of("json.unknownProperty $.advices", "json.missingProperty $"),
                codesAt(readProblems(text(guide))));
    }

    @Test
    void brokenSectionIsNotAlsoReportedMissing() {
        object(guide, "/medicalHelp").remove("intro");

        assertOnly(readProblems(text(guide)), EN_FILE, "$.medicalHelp.intro", "json.missingProperty");
    }

    @Test
    void missingPropertyInACauseNamesItsPath() {
        object(guide, "/causes/1").remove("summary");
        String text = text(guide);

        ContentProblem p = assertOnly(readProblems(text), EN_FILE, "$.causes[1].summary", "json.missingProperty");

        assertEquals(List.of("summary"), p.args());
        assertTrue(p.line() > 0 && p.column() > 0, p::toString);
    }

    @Test
    void nullTextIsReportedAtItsPath() {
        object(guide, "/causes/1").putNull("summary");
        String text = text(guide);

        ContentProblem p = assertOnly(readProblems(text), EN_FILE, "$.causes[1].summary", "json.nullValue");

        assertEquals(List.of("summary"), p.args());
        // Jackson checks creator nulls when the object closes: the line is the end of that cause.
        assertTrue(p.line() > lineOf(text, "\"summary\" : null") && p.line() < lineOf(text, "\"id\" : \"calcium\""),
                p::toString);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/routines/0/steps/1 | seconds     | $.routines[0].steps[1].seconds",
        "/advice/1           | forEveryone | $.advice[1].forEveryone",
        "/causes/4/questions/0 | flag      | $.causes[4].questions[0].flag",
    })
    void nullNumberTrueFalseOrEnumIsANullValue(String object, String field, String where) {
        object(guide, object).putNull(field);

        ContentProblem p = assertOnly(readProblems(text(guide)), EN_FILE, where, "json.nullValue");

        assertEquals(List.of(field), p.args());
    }

    @ParameterizedTest
    @ValueSource(strings = {"schema", "meta", "causes", "otherFactors", "aboutYou", "advice", "routines", "medicalHelp"})
    void nullSectionIsANullValue(String section) {
        guide.putNull(section);
        String text = text(guide);

        ContentProblem p = assertOnly(readProblems(text), EN_FILE, "$." + section, "json.nullValue");

        assertEquals(List.of(section), p.args());
        assertLocatedAt(p, text, "\"" + section + "\" : null");
    }

    @Test
    void nullItemInASectionListIsReportedAtItsIndex() {
        array(guide, "/causes").set(1, NullNode.instance);

        assertOnly(readProblems(text(guide)), EN_FILE, "$.causes[1]", "json.nullValue");
    }

    /** Every list inside an item, given as the JSON pointer of an element to null. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/causes/1/explanation  | 1 | $.causes[1].explanation[1]",
        "/causes/1/questions    | 2 | $.causes[1].questions[2]",
        "/causes/1/adviceIds    | 0 | $.causes[1].adviceIds[0]",
        "/causes/1/evidence/sourceIds | 0 | $.causes[1].evidence.sourceIds[0]",
        "/advice/0/details      | 0 | $.advice[0].details[0]",
        "/meta/intro            | 2 | $.meta.intro[2]",
        "/meta/fonts            | 0 | $.meta.fonts[0]",
        "/meta/sources          | 3 | $.meta.sources[3]",
        "/routines/0/steps      | 1 | $.routines[0].steps[1]",
        "/medicalHelp/urgent    | 0 | $.medicalHelp.urgent[0]",
        "/medicalHelp/soon      | 1 | $.medicalHelp.soon[1]",
        "/medicalHelp/emergencyNumbers | 2 | $.medicalHelp.emergencyNumbers[2]",
        "/medicalHelp/emergencyNumbers/0/numbers | 1 | $.medicalHelp.emergencyNumbers[0].numbers[1]",
    })
    void nullElementOfANestedListIsANullValueAtItsIndex(String list, int index, String where) {
        array(guide, list).set(index, NullNode.instance);
        String text = text(guide);

        ContentProblem p = assertOnly(readProblems(text), EN_FILE, where, "json.nullValue");

        assertEquals(List.of(where.substring(where.lastIndexOf('.') + 1)), p.args());
        assertTrue(p.line() > 0 && p.column() > 0, p::toString);
    }

    @Test
    void twoBrokenCausesGiveTwoProblems() {
        object(guide, "/causes/1").put("titel", "Tired legs");
        object(guide, "/causes/3").remove("summary");

        GuideReader.Result result = read(text(guide));

        assertEquals(List.of("json.unknownProperty $.causes[1].titel", "json.missingProperty $.causes[3].summary"),
                codesAt(result.problems()));
        assertTrue(result.guide().isEmpty());
    }

    @Test
    void brokenItemsInEverySectionAreAllReported() {
        object(guide, "/meta").put("locale", 1);
        object(guide, "/causes/0/questions/1").put("flag", "clot");
        object(guide, "/otherFactors/2").remove("text");
        object(guide, "/advice/4").put("forEveryone", "yes");
        object(guide, "/routines/1/steps/3").put("seconds", "10");
        object(guide, "/medicalHelp/emergencyNumbers/0").put("region", 44);

        List<String> found = codesAt(readProblems(text(guide)));

        assertEquals(List.of(
                "json.wrongType $.meta.locale",
                "json.badValue $.causes[0].questions[1].flag",
                "json.missingProperty $.otherFactors[2].text",
                "json.wrongType $.advice[4].forEveryone",
                "json.wrongType $.routines[1].steps[3].seconds",
                "json.wrongType $.medicalHelp.emergencyNumbers[0].region"), found);
    }

    @Test
    void itemAfterABrokenOneIsStillRead() {
        object(guide, "/causes/1/evidence").put("levle", "mixed");
        object(guide, "/causes/2").put("illustration", 3);

        assertEquals(List.of("json.unknownProperty $.causes[1].evidence.levle", "json.wrongType $.causes[2].illustration"),
                codesAt(readProblems(text(guide))));
    }
}
