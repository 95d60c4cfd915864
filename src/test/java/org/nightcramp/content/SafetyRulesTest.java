package org.nightcramp.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nightcramp.content.GuideValidatorTest.validate;
import static org.nightcramp.content.ProblemAssert.assertClean;
import static org.nightcramp.content.ProblemAssert.assertHas;
import static org.nightcramp.content.ProblemAssert.assertOnly;
import static org.nightcramp.content.ProblemAssert.codesAt;
import static org.nightcramp.content.TestGuides.EN;
import static org.nightcramp.content.TestGuides.EN_FILE;
import static org.nightcramp.content.TestGuides.MAPPER;
import static org.nightcramp.content.TestGuides.ZH;
import static org.nightcramp.content.TestGuides.ZH_FILE;
import static org.nightcramp.content.TestGuides.array;
import static org.nightcramp.content.TestGuides.object;
import static org.nightcramp.content.TestGuides.tree;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Safety points as data: every locale words every point, and items that need a point carry it. */
class SafetyRulesTest {

    private static final String MASSAGE = "/advice/2";
    private static final String BLOOD_FLOW = "/causes/4";
    private static final String CHECK = "/routines/0/steps/2";

    @TempDir
    Path dir;

    private final ObjectNode guide = tree(EN);

    private List<ContentProblem> checkFolder(ContentFolder folder) {
        return new ContentChecker(MAPPER).check(folder.source());
    }

    @Test
    void bothBundledGuidesWordEveryPointAndCarryWhatTheyMust() {
        for (String locale : List.of(EN, ZH)) {
            Guide g = TestGuides.guide(tree(locale));
            assertClean(SafetyRules.check(ContentPaths.guide(locale), g));
            for (SafetyPoint point : SafetyPoint.values()) {
                assertTrue(g.safetyPoints().containsKey(point.id()), locale + " " + point.id());
            }
        }
    }

    /** The deliberately broken bundle: the Chinese guide has lost the wording of a point. */
    @Test
    void aLocaleWithoutAPointsWordingFailsTheCheckNamingThePathAndThePoint() throws IOException {
        ContentFolder folder = ContentFolder.bundledCopy(dir).edit(ZH, g -> object(g, "/safetyPoints").remove("clot-signs"));

        ContentProblem p = assertOnly(checkFolder(folder), ZH_FILE, "$.safetyPoints", "safety.missingWording");

        assertEquals(List.of("clot-signs", "$.causes[4].safety"), p.args());
        String line = p.describe(Locale.ENGLISH);
        assertTrue(line.startsWith("zh-CN/guide.json ($.safetyPoints): The safety point \"clot-signs\" has no wording"),
                line);
        assertTrue(line.contains("first used at $.causes[4].safety"), line);
    }

    @Test
    void aTranslationThatDropsAPointFromAnItemIsReported() throws IOException {
        ContentFolder folder = ContentFolder.bundledCopy(dir)
                .edit(ZH, g -> array(g, MASSAGE + "/safety").remove(0));

        List<ContentProblem> problems = checkFolder(folder);

        // The Chinese massage advice still avoids clot signs, so it must carry the point itself,
        // and it no longer matches the English list.
        assertHas(problems, ZH_FILE, "$.advice[2].safety", "safety.forAvoidWithClot");
        ContentProblem differs = assertHas(problems, ZH_FILE, "$.advice[2].safety", "locale.differs");
        assertEquals(List.of("[same-day]", "[clot-signs, same-day]"), differs.args());
        assertEquals(2, problems.size(), () -> ProblemAssert.describeAll(problems));
    }

    @Test
    void aBlankWordingIsReportedAsBlankText() throws IOException {
        ContentFolder folder = ContentFolder.bundledCopy(dir).edit(ZH, g -> object(g, "/safetyPoints").put("same-day", " "));

        assertOnly(checkFolder(folder), ZH_FILE, "$.safetyPoints.same-day", "text.blank");
    }

    @Test
    void aNullWordingIsMissing() {
        object(guide, "/safetyPoints").putNull("fluid-limit");

        assertEquals(List.of("fluid-limit", "$.causes[0].safety"),
                assertOnly(validate(guide), EN_FILE, "$.safetyPoints", "safety.missingWording").args());
    }

    @Test
    void anUnknownPointInTheWordingsIsNamed() {
        object(guide, "/safetyPoints").put("no-driving", "Do not drive.");

        ContentProblem p = assertOnly(validate(guide), EN_FILE, "$.safetyPoints.no-driving", "safety.unknownPoint");
        assertEquals("no-driving", p.args().get(0));
        assertTrue(p.args().get(1).startsWith("clot-signs, same-day, check-yes"), p.args().get(1));
    }

    @Test
    void anUnknownPointOnAnItemIsABadValue() {
        array(guide, MASSAGE + "/safety").add("clot-sign");

        List<ContentProblem> problems = TestGuides.readProblems(TestGuides.text(guide));

        ContentProblem p = assertOnly(problems, EN_FILE, "$.advice[2].safety[2]", "json.badValue");
        assertEquals("clot-sign", p.args().get(0));
    }

    @Test
    void anItemWithoutASafetyListCannotBeRead() {
        object(guide, BLOOD_FLOW).remove("safety");

        assertOnly(TestGuides.readProblems(TestGuides.text(guide)), EN_FILE, "$.causes[4].safety", "json.missingProperty");
    }

    @Test
    void aPointListedTwiceIsReportedOnce() {
        ArrayNode safety = array(guide, "/advice/4/safety");
        safety.add("not-a-cure").add("not-a-cure");

        assertEquals(List.of("not-a-cure"),
                assertOnly(validate(guide), EN_FILE, "$.advice[4].safety", "safety.duplicate").args());
    }

    @Test
    void adviceUnsafeWithAClotMustCarryTheClotPoints() {
        array(guide, MASSAGE + "/safety").removeAll();

        assertEquals(List.of("safety.forAvoidWithClot $.advice[2].safety", "safety.forAvoidWithClot $.advice[2].safety"),
                codesAt(validate(guide)));
    }

    @Test
    void aCauseAskingAboutClotSignsMustCarryTheClotPoints() {
        array(guide, BLOOD_FLOW + "/safety").remove(1);

        assertEquals(List.of("same-day"),
                assertOnly(validate(guide), EN_FILE, "$.causes[4].safety", "safety.forClotQuestion").args());
    }

    @Test
    void theClotCheckMustSayWhatAYesMeans() {
        array(guide, CHECK + "/safety").remove(0);

        assertEquals(List.of("check-yes"),
                assertOnly(validate(guide), EN_FILE, "$.routines[0].steps[2].safety", "safety.forCheckStep").args());
    }

    @Test
    void generalHealthAdviceMustSayItIsNotACure() {
        array(guide, "/advice/4/safety").removeAll();

        assertEquals(List.of("not-a-cure"),
                assertOnly(validate(guide), EN_FILE, "$.advice[4].safety", "safety.forGeneralAdvice").args());
    }

    @Test
    void aStretchingRoutineMustSayStopBeforeItHurts() {
        array(guide, "/routines/1/safety").removeAll();

        assertOnly(validate(guide), EN_FILE, "$.routines[1].safety", "safety.forStretching");
    }

    @Test
    void aMassageBeforeTheCheckIsRejected() {
        ArrayNode steps = array(guide, "/routines/0/steps");
        steps.insert(1, steps.remove(3));

        assertOnly(validate(guide), EN_FILE, "$.routines[0].steps[1].kind", "safety.massageBeforeCheck");
    }

    @ParameterizedTest
    @EnumSource(SafetyPoint.class)
    void everyPointHasAWordingInEveryBundledLanguage(SafetyPoint point) {
        for (String locale : List.of(EN, ZH)) {
            String wording = TestGuides.guide(tree(locale)).safetyPoints().get(point.id());
            assertTrue(wording != null && !wording.isBlank(), locale + " " + point.id());
        }
    }

    @Test
    void renderedSafetyFollowsTheTextInTheGuidesWording() {
        Guide en = TestGuides.guide(guide);
        Advice massage = en.adviceItem("massage").orElseThrow();

        assertEquals(massage.summary() + " " + en.safetyPoints().get("clot-signs") + " " + en.safetyPoints().get("same-day"),
                en.withSafety(massage.summary(), massage.safety()));
        Guide zh = TestGuides.guide(tree(ZH));
        assertEquals("甲。" + zh.safetyPoints().get("check-yes"), zh.withSafety("甲。", List.of(SafetyPoint.CHECK_YES)));
    }
}
