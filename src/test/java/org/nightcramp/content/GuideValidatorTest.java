package org.nightcramp.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nightcramp.content.ProblemAssert.assertClean;
import static org.nightcramp.content.ProblemAssert.assertOnly;
import static org.nightcramp.content.TestGuides.EN;
import static org.nightcramp.content.TestGuides.EN_FILE;
import static org.nightcramp.content.TestGuides.ZH;
import static org.nightcramp.content.TestGuides.object;
import static org.nightcramp.content.TestGuides.tree;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The guide-level rules: schema, meta, links, blank text, references between sections. */
class GuideValidatorTest {

    private final ObjectNode guide = tree(EN);

    static List<ContentProblem> validate(ObjectNode tree) {
        return GuideValidator.validate(EN_FILE, EN, TestGuides.guide(tree));
    }

    @ParameterizedTest
    @ValueSource(strings = {EN, ZH})
    void bundledGuidesAreValid(String locale) {
        assertClean(GuideValidator.validate(ContentPaths.guide(locale), locale, TestGuides.guide(tree(locale))));
    }

    @Test
    void otherSchemaIsRejected() {
        guide.put("schema", 2);

        assertEquals(List.of("2", "1"), assertOnly(validate(guide), EN_FILE, "$.schema", "guide.schema").args());
    }

    @Test
    void metaLocaleMustNameTheFolder() {
        List<ContentProblem> problems = GuideValidator.validate(EN_FILE, "en-GB", TestGuides.guide(guide));

        assertEquals(List.of("en", "en-GB"), assertOnly(problems, EN_FILE, "$.meta.locale", "meta.localeMismatch").args());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0", "v1.0.0", "1.0.0-beta", "1.0.0.0", "1.O.0", "١.٠.٠"})
    void contentVersionMustBeThreeNumbers(String version) {
        object(guide, "/meta").put("contentVersion", version);

        assertEquals(List.of(version), assertOnly(validate(guide), EN_FILE, "$.meta.contentVersion", "meta.version").args());
    }

    @Test
    void contentVersionWithLongNumbersIsValid() {
        object(guide, "/meta").put("contentVersion", "10.20.300");

        assertClean(validate(guide));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-13-01", "2026-02-30", "2025-02-29", "20-11-2026", "2026/11/20", "2026-1-5", "yesterday"})
    void lastReviewedMustBeARealIsoDate(String date) {
        object(guide, "/meta").put("lastReviewed", date);

        assertEquals(List.of(date), assertOnly(validate(guide), EN_FILE, "$.meta.lastReviewed", "meta.date").args());
    }

    @Test
    void leapDayIsAValidDate() {
        object(guide, "/meta").put("lastReviewed", "2024-02-29");

        assertClean(validate(guide));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://www.nhs.uk/conditions/leg-cramps/", "www.nhs.uk", "HTTPS//nhs.uk", "ftp://nhs.uk/x", "javascript:alert(1)"})
    void sourceLinksMustBeHttps(String url) {
        object(guide, "/meta/sources/3").put("url", url);

        assertEquals(List.of(url), assertOnly(validate(guide), EN_FILE, "$.meta.sources[3].url", "source.url").args());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/meta                        | title    | $.meta.title",
        "/causes/1                    | summary  | $.causes[1].summary",
        "/causes/4/questions/1        | text     | $.causes[4].questions[1].text",
        "/advice/3/evidence           | note     | $.advice[3].evidence.note",
        "/routines/1/steps/0          | instruction | $.routines[1].steps[0].instruction",
        "/medicalHelp                 | emergencyNow | $.medicalHelp.emergencyNow",
        "/medicalHelp/emergencyNumbers/0/numbers/0 | purpose | $.medicalHelp.emergencyNumbers[0].numbers[0].purpose",
    })
    void blankTextIsReportedWhereItIs(String object, String field, String where) {
        object(guide, object).put(field, " \t ");

        assertOnly(validate(guide), EN_FILE, where, "text.blank");
    }

    @Test
    void blankParagraphInAListIsReportedAtItsIndex() {
        TestGuides.array(guide, "/causes/2/explanation").set(1, "");

        assertOnly(validate(guide), EN_FILE, "$.causes[2].explanation[1]", "text.blank");
    }

    @Test
    void unknownAdviceIdIsReported() {
        TestGuides.array(guide, "/causes/0/adviceIds").set(1, "keep-warmer");

        assertEquals(List.of("keep-warmer"),
                assertOnly(validate(guide), EN_FILE, "$.causes[0].adviceIds[1]", "ref.unknownAdvice").args());
    }

    @Test
    void aboutYouQuestionMustPointAtAnOtherFactor() {
        TestGuides.object(guide, "/aboutYou/1").put("factorId", "old-age");

        assertEquals(List.of("old-age"),
                assertOnly(validate(guide), EN_FILE, "$.aboutYou[1].factorId", "ref.unknownFactor").args());
    }

    @Test
    void aboutYouMayBeEmpty() {
        TestGuides.array(guide, "/aboutYou").removeAll();

        assertClean(validate(guide));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/causes/0/evidence/sourceIds | 1 | $.causes[0].evidence.sourceIds[1]",
        "/advice/2/evidence/sourceIds | 0 | $.advice[2].evidence.sourceIds[0]",
    })
    void unknownSourceIdIsReported(String list, int index, String where) {
        TestGuides.array(guide, list).set(index, "nhs-cramps");

        assertEquals(List.of("nhs-cramps"), assertOnly(validate(guide), EN_FILE, where, "ref.unknownSource").args());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/meta/fonts                   | $.meta.fonts",
        "/routines                     | $.routines",
        "/medicalHelp/urgent           | $.medicalHelp.urgent",
        "/medicalHelp/emergencyNumbers | $.medicalHelp.emergencyNumbers",
        "/causes/3/adviceIds           | $.causes[3].adviceIds",
        "/routines/1/steps             | $.routines[1].steps",
        "/medicalHelp/emergencyNumbers/2/numbers | $.medicalHelp.emergencyNumbers[2].numbers",
    })
    void requiredListMustNotBeEmpty(String list, String where) {
        TestGuides.array(guide, list).removeAll();

        assertOnly(validate(guide), EN_FILE, where, "list.empty");
    }

    @Test
    void emptyCauseAndAdviceListsAreReported() {
        TestGuides.array(guide, "/causes").removeAll();
        TestGuides.array(guide, "/advice").removeAll();

        assertEquals(List.of("list.empty $.causes", "list.empty $.advice"), ProblemAssert.codesAt(validate(guide)));
    }
}
