package org.nightcramp.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nightcramp.content.GuideValidatorTest.validate;
import static org.nightcramp.content.ProblemAssert.assertClean;
import static org.nightcramp.content.ProblemAssert.assertOnly;
import static org.nightcramp.content.TestGuides.EN;
import static org.nightcramp.content.TestGuides.EN_FILE;
import static org.nightcramp.content.TestGuides.array;
import static org.nightcramp.content.TestGuides.object;
import static org.nightcramp.content.TestGuides.tree;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Ids: their spelling, their uniqueness, and the number of questions a cause has. */
class GuideValidatorIdsTest {

    private final ObjectNode guide = tree(EN);

    @ParameterizedTest
    @ValueSource(strings = {"Cold", "cold room", "cold_room", "cold..room", "-cold", "cold-", ".cold", "冷", "cold/room"})
    void badlySpeltIdIsReported(String id) {
        object(guide, "/causes/0").put("id", id);

        assertEquals(List.of(id), assertOnly(validate(guide), EN_FILE, "$.causes[0].id", "id.format").args());
    }

    @ParameterizedTest
    @ValueSource(strings = {"chilly", "cold.room", "a1-b2.c3", "9"})
    void wellSpeltIdIsAccepted(String id) {
        // health-conditions: no about-you question points at it, so only the spelling is checked.
        object(guide, "/otherFactors/4").put("id", id);

        assertClean(validate(guide));
    }

    /** Gives the item at {@code copyTo} the id of the item at {@code copyFrom}. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/causes/0              | /causes/3              | $.causes[3].id",
        "/advice/2              | /advice/7              | $.advice[7].id",
        "/otherFactors/0        | /otherFactors/4        | $.otherFactors[4].id",
        "/aboutYou/0            | /aboutYou/2            | $.aboutYou[2].id",
        "/routines/0            | /routines/1            | $.routines[1].id",
        "/meta/sources/0        | /meta/sources/1        | $.meta.sources[1].id",
        "/medicalHelp/urgent/0  | /medicalHelp/urgent/2  | $.medicalHelp.urgent[2].id",
        "/medicalHelp/soon/1    | /medicalHelp/soon/3    | $.medicalHelp.soon[3].id",
        "/routines/1/steps/1    | /routines/1/steps/4    | $.routines[1].steps[4].id",
        "/causes/0/questions/0  | /causes/0/questions/2  | $.causes[0].questions[2].id",
    })
    void duplicateIdIsReportedAtTheSecondUse(String copyFrom, String copyTo, String where) {
        String id = object(guide, copyFrom).get("id").asText();
        object(guide, copyTo).put("id", id);

        List<ContentProblem> problems = validate(guide).stream()
                .filter(p -> p.code().equals("id.duplicate")).toList();

        assertEquals(List.of(id), assertOnly(problems, EN_FILE, where, "id.duplicate").args());
    }

    @Test
    void questionIdUsedInTwoCausesIsReportedAtTheSecondQuestion() {
        object(guide, "/causes/3/questions/1").put("id", "cold.room");

        assertEquals(List.of("cold.room"),
                assertOnly(validate(guide), EN_FILE, "$.causes[3].questions[1].id", "id.duplicate").args());
    }

    @Test
    void badlySpeltQuestionIdNamesItsQuestion() {
        object(guide, "/causes/2/questions/0").put("id", "Calcium");

        assertOnly(validate(guide), EN_FILE, "$.causes[2].questions[0].id", "id.format");
    }

    @Test
    void stepIdsMayRepeatInDifferentRoutines() {
        assertEquals(object(guide, "/routines/0/steps/0").get("id"), object(guide, "/routines/1/steps/0").get("id"));

        assertClean(validate(guide));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 5, 6})
    void causeNeedsTwoToFourQuestions(int count) {
        fillQuestions(count);

        ContentProblem p = assertOnly(validate(guide), EN_FILE, "$.causes[0].questions", "cause.questionCount");

        assertEquals(List.of("cold", String.valueOf(count)), p.args());
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4})
    void twoToFourQuestionsAreAccepted(int count) {
        fillQuestions(count);

        assertClean(validate(guide));
    }

    private void fillQuestions(int count) {
        var questions = array(guide, "/causes/0/questions");
        ObjectNode template = (ObjectNode) questions.get(0).deepCopy();
        questions.removeAll();
        for (int i = 0; i < count; i++) {
            questions.add(template.deepCopy().put("id", "cold.q" + i));
        }
    }
}
