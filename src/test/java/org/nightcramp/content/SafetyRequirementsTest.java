package org.nightcramp.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nightcramp.content.ProblemAssert.assertClean;
import static org.nightcramp.content.ProblemAssert.assertHas;
import static org.nightcramp.content.TestGuides.EN;
import static org.nightcramp.content.TestGuides.EN_FILE;
import static org.nightcramp.content.TestGuides.MAPPER;
import static org.nightcramp.content.TestGuides.ZH;
import static org.nightcramp.content.TestGuides.ZH_FILE;
import static org.nightcramp.content.TestGuides.array;
import static org.nightcramp.content.TestGuides.tree;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The safety points no locale file can drop: a point taken out of an item in both languages at
 * once (which keeps the two languages alike) still fails the check, by the language-neutral table.
 */
class SafetyRequirementsTest {

    @TempDir
    Path dir;

    private List<ContentProblem> checkBothEdited(Consumer<ObjectNode> change) throws IOException {
        ContentFolder folder = ContentFolder.bundledCopy(dir).edit(EN, change).edit(ZH, change);
        return new ContentChecker(MAPPER).check(folder.source());
    }

    @ParameterizedTest(name = "{1} dropped from {0} in both languages")
    @CsvSource({
        "/advice/3, no-quinine, $.advice[3].safety",
        "/advice/3, no-burn, $.advice[3].safety",
        "/advice/5, fluid-limit, $.advice[5].safety",
        "/causes/0, fluid-limit, $.causes[0].safety",
        "/otherFactors/1, clot-signs, $.otherFactors[1].safety",
        "/otherFactors/1, same-day, $.otherFactors[1].safety",
        "/otherFactors/1, ask-doctor, $.otherFactors[1].safety",
        "/otherFactors/3, ask-doctor, $.otherFactors[3].safety",
        "/aboutYou/0, clot-signs, $.aboutYou[0].safety",
        "/aboutYou/2, ask-doctor, $.aboutYou[2].safety",
        "/advice/13, ask-doctor, $.advice[13].safety",
        "/medicalHelp/urgent/0, clot-signs, $.medicalHelp.urgent[0].safety",
        "/medicalHelp/soon/4, same-day, $.medicalHelp.soon[4].safety",
        "/medicalHelp/soon/4, clot-signs, $.medicalHelp.soon[4].safety",
    })
    void aRequiredPointDroppedInBothLanguagesFailsNamingThePathAndThePoint(String pointer, String point, String path)
            throws IOException {
        List<ContentProblem> problems = checkBothEdited(g -> remove(array(g, pointer + "/safety"), point));

        for (String file : List.of(EN_FILE, ZH_FILE)) {
            ContentProblem p = assertHas(problems, file, path, "safety.required");
            assertEquals(List.of(point), p.args());
            assertTrue(p.describe(Locale.ENGLISH).contains("\"" + point + "\""), p.describe(Locale.ENGLISH));
        }
        assertEquals(2, problems.size(), () -> ProblemAssert.describeAll(problems));
    }

    @Test
    void selfCareAdviceUnderTheBloodFlowWarningIsRejected() throws IOException {
        List<ContentProblem> problems = checkBothEdited(g -> array(g, "/causes/4/adviceIds").add("move-daily"));

        for (String file : List.of(EN_FILE, ZH_FILE)) {
            assertEquals(List.of("move-daily"),
                    assertHas(problems, file, "$.causes[4].adviceIds[1]", "safety.selfCareUnderWarning").args());
        }
        assertEquals(2, problems.size(), () -> ProblemAssert.describeAll(problems));
    }

    @ParameterizedTest
    @CsvSource({"1", "2", "4", "5"})
    void everyStretchOfTheBeforeBedRoutineSaysStopBeforeItHurts(int step) throws IOException {
        List<ContentProblem> problems = checkBothEdited(g -> array(g, "/routines/1/steps/" + step + "/safety").removeAll());

        for (String file : List.of(EN_FILE, ZH_FILE)) {
            assertHas(problems, file, "$.routines[1].steps[" + step + "].safety", "safety.forStretchingStep");
        }
        assertEquals(2, problems.size(), () -> ProblemAssert.describeAll(problems));
    }

    @Test
    void aTranslationThatDropsTheSameDayFromAWarningSignIsReported() throws IOException {
        ContentFolder folder = ContentFolder.bundledCopy(dir)
                .edit(ZH, g -> remove(array(g, "/medicalHelp/soon/4/safety"), "same-day"));

        List<ContentProblem> problems = new ContentChecker(MAPPER).check(folder.source());

        assertHas(problems, ZH_FILE, "$.medicalHelp.soon[4].safety", "safety.required");
        assertHas(problems, ZH_FILE, "$.medicalHelp.soon[4].safety", "locale.differs");
    }

    /** A row of the table that names no item of the guide would guard nothing. */
    @Test
    void everyRowOfTheTableNamesAnItemOfTheBundledGuides() {
        for (String locale : List.of(EN, ZH)) {
            Guide guide = TestGuides.guide(tree(locale));
            Set<String> keys = SafetyItem.all(guide).stream().map(SafetyItem::key).collect(Collectors.toSet());
            assertTrue(keys.containsAll(SafetyRequirements.required().keySet()),
                    () -> locale + " lacks " + SafetyRequirements.required().keySet().stream()
                            .filter(k -> !keys.contains(k)).toList());
            assertClean(SafetyRules.check(ContentPaths.guide(locale), guide));
        }
    }

    private static void remove(ArrayNode points, String point) {
        for (int i = 0; i < points.size(); i++) {
            JsonNode node = points.get(i);
            if (node.asText().equals(point)) {
                points.remove(i);
                return;
            }
        }
        throw new IllegalArgumentException("No point " + point + " in " + points);
    }
}
