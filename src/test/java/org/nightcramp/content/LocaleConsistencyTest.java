package org.nightcramp.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nightcramp.content.ProblemAssert.assertClean;
import static org.nightcramp.content.ProblemAssert.assertOnly;
import static org.nightcramp.content.ProblemAssert.codesAt;
import static org.nightcramp.content.TestGuides.EN;
import static org.nightcramp.content.TestGuides.ZH;
import static org.nightcramp.content.TestGuides.ZH_FILE;
import static org.nightcramp.content.TestGuides.array;
import static org.nightcramp.content.TestGuides.object;
import static org.nightcramp.content.TestGuides.tree;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A translation has English's ids, in English's order, and English's language-neutral values. */
class LocaleConsistencyTest {

    private static final Guide ENGLISH = TestGuides.guide(tree(EN));

    private final ObjectNode chinese = tree(ZH);

    private List<ContentProblem> compare() {
        return LocaleConsistency.compare(ZH_FILE, ENGLISH, TestGuides.guide(chinese));
    }

    @Test
    void bundledTranslationMatchesEnglish() {
        assertClean(compare());
    }

    @Test
    void translatedTextMayDiffer() {
        object(chinese, "/causes/0").put("title", "寒冷");
        object(chinese, "/routines/0/steps/1").put("restInstruction", "放松。");
        object(chinese, "/medicalHelp/emergencyNumbers/1").put("name", "英国");

        assertClean(compare());
    }

    @Test
    void missingCauseIsNamed() {
        array(chinese, "/causes").remove(2);

        assertEquals(List.of("calcium"), assertOnly(compare(), ZH_FILE, "$.causes", "locale.missingId").args());
    }

    @Test
    void extraFactorIsNamed() {
        array(chinese, "/otherFactors").addObject().put("id", "heat").put("title", "热").put("text", "天气热。")
                .putArray("safety");

        assertEquals(List.of("heat"), assertOnly(compare(), ZH_FILE, "$.otherFactors", "locale.extraId").args());
    }

    @Test
    void missingAboutYouQuestionIsNamed() {
        array(chinese, "/aboutYou").remove(2);

        assertEquals(List.of("about.medicines"), assertOnly(compare(), ZH_FILE, "$.aboutYou", "locale.missingId").args());
    }

    @Test
    void misspeltQuestionIdIsBothMissingAndExtra() {
        object(chinese, "/causes/1/questions/0").put("id", "fatigue.standing");

        assertEquals(List.of("locale.missingId $.causes[1].questions", "locale.extraId $.causes[1].questions"),
                codesAt(compare()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/advice              | $.advice",
        "/routines/1/steps    | $.routines[1].steps",
        "/medicalHelp/urgent  | $.medicalHelp.urgent",
        "/medicalHelp/soon    | $.medicalHelp.soon",
        "/meta/sources        | $.meta.sources",
        "/causes/4/questions  | $.causes[4].questions",
    })
    void itemsInAnotherOrderAreReportedWithEnglishOrder(String list, String where) {
        ArrayNode items = array(chinese, list);
        JsonNode first = items.remove(0);
        items.insert(1, first);

        ContentProblem p = assertOnly(compare(), ZH_FILE, where, "locale.order");

        JsonNode english = tree(EN).at(list);
        List<String> order = new java.util.ArrayList<>();
        english.forEach(item -> order.add(item.get("id").asText()));
        assertEquals(List.of(String.join(", ", order)), p.args());
    }

    /** Changes one language-neutral value and expects it reported with both values. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/routines/0/steps/1 | seconds      | 20               | 30",
        "/routines/0/steps/1 | repetitions  | 2                | 3",
        "/routines/0/steps/1 | restSeconds  | 5                | 10",
        "/routines/0/steps/1 | side         | left             | either",
        "/routines/0/steps/1 | kind         | massage          | hold",
        "/routines/0/steps/1 | animation    | knead            | flex",
        "/routines/0/steps/1 | illustration | calf-stretch.svg | toe-pull.svg",
        "/causes/0           | illustration | tired-legs.svg   | cold-night.svg",
        "/causes/4/questions/1 | flag       | none             | clot-sign",
        "/causes/0/evidence  | level        | some             | weak",
        "/advice/0/evidence  | level        | some             | recommended",
        "/advice/0           | kind         | prevention       | during",
        "/advice/0           | forEveryone  | false            | true",
        "/meta/sources/0     | url          | https://www.nhs.uk/ | https://www.nhs.uk/conditions/leg-cramps/",
        "/aboutYou/1         | factorId     | pregnancy        | ageing",
    })
    void changedLanguageNeutralValueIsReported(String object, String field, String translated, String english) {
        ObjectNode item = object(chinese, object);
        if (item.get(field).isBoolean()) {
            item.put(field, Boolean.parseBoolean(translated));
        } else if (item.get(field).isInt()) {
            item.put(field, Integer.parseInt(translated));
        } else {
            item.put(field, translated);
        }

        ContentProblem p = assertOnly(compare(), ZH_FILE, JsonPointers.toPath(object) + "." + field, "locale.differs");

        assertEquals(List.of(translated, english), p.args());
    }

    @Test
    void changedAdviceIdsAreReported() {
        array(chinese, "/causes/0/adviceIds").set(1, "toe-pull");

        assertOnly(compare(), ZH_FILE, "$.causes[0].adviceIds", "locale.differs");
    }

    @Test
    void changedSourceIdsOfEvidenceAreReported() {
        array(chinese, "/advice/0/evidence/sourceIds").remove(1);

        assertOnly(compare(), ZH_FILE, "$.advice[0].evidence.sourceIds", "locale.differs");
    }

    @Test
    void differencesAreReportedAtTheTranslatedItemsPlace() {
        array(chinese, "/causes").remove(0);
        object(chinese, "/causes/3/questions/1").put("flag", "none");

        assertEquals(List.of("locale.missingId $.causes", "locale.differs $.causes[3].questions[1].flag"),
                codesAt(compare()));
    }

    @Test
    void missingEmergencyRegionIsReported() {
        String removed = array(chinese, "/medicalHelp/emergencyNumbers").remove(4).get("region").asText();

        ContentProblem p = assertOnly(compare(), ZH_FILE, "$.medicalHelp.emergencyNumbers", "locale.differs");

        List<String> english = new java.util.ArrayList<>();
        tree(EN).at("/medicalHelp/emergencyNumbers").forEach(c -> english.add(c.get("region").asText()));
        List<String> translated = english.stream().filter(r -> !r.equals(removed)).sorted().toList();
        assertEquals(List.of(translated.toString(), english.stream().sorted().toList().toString()), p.args());
    }

    @Test
    void otherEmergencyRegionIsReported() {
        object(chinese, "/medicalHelp/emergencyNumbers/4").put("region", "FR");

        assertOnly(compare(), ZH_FILE, "$.medicalHelp.emergencyNumbers", "locale.differs");
    }

    @Test
    void emergencyRegionsMayComeInAnotherOrder() {
        assertEquals("CN", chinese.at("/medicalHelp/emergencyNumbers/0/region").asText());

        assertClean(compare());
    }
}
