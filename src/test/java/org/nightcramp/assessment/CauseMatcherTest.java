package org.nightcramp.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nightcramp.content.AboutYouItem;
import org.nightcramp.content.Advice;
import org.nightcramp.content.ClasspathContentSource;
import org.nightcramp.content.ContentLibrary;
import org.nightcramp.content.Guide;
import org.nightcramp.content.OtherFactor;
import org.nightcramp.storage.StrictJson;

class CauseMatcherTest {

    private static Guide guide;
    private final CauseMatcher matcher = new CauseMatcher();

    @BeforeAll
    static void load() throws Exception {
        guide = new ContentLibrary(new ClasspathContentSource(), StrictJson.create()).load("en").guide();
    }

    private static List<String> ids(Findings f) {
        return f.causes().stream().map(c -> c.cause().id()).toList();
    }

    private static List<String> adviceIds(List<Advice> advice) {
        return advice.stream().map(Advice::id).toList();
    }

    @Test
    void noAnswersFindNoCauseButKeepTheGeneralAdvice() {
        Findings f = matcher.match(guide, Answers.empty());
        assertEquals(List.of(), f.causes());
        assertFalse(f.answered());
        assertFalse(f.clotSigns());
        List<String> everyone = guide.advice().stream().filter(Advice::forEveryone).map(Advice::id).toList();
        assertEquals(everyone, adviceIds(f.generalAdvice()));
        assertTrue(adviceIds(f.generalAdvice()).contains("massage"));
    }

    @Test
    void twoYesAnswersMakeACauseLikelyAndOneMakesItPossible() {
        Answers a = Answers.empty()
                .withQuestion("posture.tucked-covers", Answer.YES)
                .withQuestion("cold.room", Answer.YES)
                .withQuestion("cold.uncovered", Answer.YES)
                .withQuestion("fatigue.long-activity", Answer.NO);
        Findings f = matcher.match(guide, a);
        assertEquals(List.of("cold", "posture"), ids(f));
        assertEquals(Likelihood.LIKELY, f.causes().get(0).likelihood());
        assertEquals(Likelihood.POSSIBLE, f.causes().get(1).likelihood());
        assertEquals(List.of("keep-warm", "drink-enough", "loose-covers", "stretch-before-bed"),
                adviceIds(f.matchedAdvice()));
        assertFalse(adviceIds(f.generalAdvice()).contains("drink-enough"), "no advice listed twice");
    }

    @Test
    void mostlyNotSureIsPossibleButOneNotSureIsNot() {
        Findings some = matcher.match(guide, Answers.empty()
                .withQuestion("calcium.low-intake", Answer.NOT_SURE)
                .withQuestion("calcium.after-menopause", Answer.NOT_SURE));
        assertEquals(List.of("calcium"), ids(some));
        assertEquals(Likelihood.POSSIBLE, some.causes().get(0).likelihood());
        Findings one = matcher.match(guide, Answers.empty().withQuestion("calcium.low-intake", Answer.NOT_SURE));
        assertEquals(List.of(), ids(one));
    }

    @Test
    void aClotSignPutsBloodFlowFirstAndTakesMassageAway() {
        Answers a = Answers.empty()
                .withQuestion("cold.room", Answer.YES)
                .withQuestion("cold.uncovered", Answer.YES)
                .withQuestion("blood-flow.one-leg-swollen", Answer.YES);
        Findings f = matcher.match(guide, a);
        assertTrue(f.clotSigns());
        assertTrue(f.massageNotAdvised());
        assertEquals("blood-flow", ids(f).get(0));
        assertEquals(List.of("massage"), adviceIds(f.avoided()));
        assertFalse(adviceIds(f.generalAdvice()).contains("massage"));
        assertFalse(adviceIds(f.matchedAdvice()).contains("massage"));
    }

    @Test
    void aNoToEveryClotSignKeepsMassage() {
        Findings f = matcher.match(guide, Answers.empty()
                .withQuestion("blood-flow.one-leg-swollen", Answer.NO)
                .withQuestion("blood-flow.pain-flexing", Answer.NOT_SURE));
        assertFalse(f.clotSigns());
        assertTrue(adviceIds(f.generalAdvice()).contains("massage"));
    }

    @Test
    void aboutYouYesBringsInTheMatchingOtherFactor() {
        Findings f = matcher.match(guide, Answers.empty().withAboutYou("about.pregnant", Answer.YES));
        assertEquals(List.of("pregnancy"), f.otherFactors().stream().map(OtherFactor::id).toList());
        assertTrue(f.answered());
        Findings no = matcher.match(guide, Answers.empty().withAboutYou("about.pregnant", Answer.NO));
        assertEquals(List.of(), no.otherFactors());
    }

    @Test
    void everyAboutYouQuestionInTheGuideLeadsToItsFactorInTheGuidesOrder() {
        Answers all = Answers.empty();
        for (AboutYouItem item : guide.aboutYou()) {
            all = all.withAboutYou(item.id(), Answer.YES);
        }
        List<String> factorOrder = guide.otherFactors().stream().map(OtherFactor::id)
                .filter(id -> guide.aboutYou().stream().anyMatch(i -> i.factorId().equals(id))).toList();
        assertEquals(factorOrder, matcher.match(guide, all).otherFactors().stream().map(OtherFactor::id).toList());
        assertEquals(List.of("ageing", "pregnancy", "medicines"), factorOrder);
    }

    @Test
    void theLinkComesFromTheContentNotFromJava() {
        List<AboutYouItem> relinked = guide.aboutYou().stream()
                .map(i -> i.id().equals("about.over-60")
                        ? new AboutYouItem(i.id(), i.text(), i.answers(), i.note(), "dehydration", i.safety()) : i)
                .toList();
        Guide changed = new Guide(guide.schema(), guide.meta(), guide.causes(), guide.otherFactors(), relinked,
                guide.advice(), guide.routines(), guide.medicalHelp(), guide.safetyPoints());
        Findings f = matcher.match(changed, Answers.empty().withAboutYou("about.over-60", Answer.YES));
        assertEquals(List.of("dehydration"), f.otherFactors().stream().map(OtherFactor::id).toList());
    }

    @Test
    void notSureAboutYouBringsInNothing() {
        Findings f = matcher.match(guide, Answers.empty().withAboutYou("about.medicines", Answer.NOT_SURE));
        assertEquals(List.of(), f.otherFactors());
        assertTrue(f.answered());
    }
}
