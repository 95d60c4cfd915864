package org.nightcramp.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nightcramp.assessment.Answers;
import org.nightcramp.content.Advice;
import org.nightcramp.sheet.SheetModel.StepCard;

/** What goes on the sheet for known answers, built without pages, fonts or JavaFX. */
class SheetModelBuilderTest {

    private static List<String> causeTitles(SheetModel model) {
        return model.causes().items().stream().map(SheetModel.CauseLine::title).toList();
    }

    private static List<String> cardTitles(SheetModel.Routine routine) {
        return routine.steps().stream().map(StepCard::title).toList();
    }

    private static String title(String adviceId) {
        return SheetFixture.guide("en").adviceItem(adviceId).map(Advice::title).orElseThrow();
    }

    @Test
    void answersListOnlyTheCausesThatApplyMostLikelyFirst() {
        SheetModel model = SheetFixture.model("en", SheetFixture.coldAndPosture(), "Sam", "");

        assertEquals(List.of("Feeling cold at night", "Sleeping position"), causeTitles(model));
        assertEquals(List.of("Likely", "Possible"),
                model.causes().items().stream().map(SheetModel.CauseLine::likelihood).toList());
        var cold = SheetFixture.guide("en").cause("cold").orElseThrow();
        assertEquals(cold.summary() + " " + SheetFixture.guide("en").safetyPoints().get("fluid-limit"),
                model.causes().items().get(0).why(), "the summary, then its safety point");
        assertTrue(model.personalise().isEmpty());
        assertTrue(model.clotWarning().isEmpty());
    }

    @Test
    void adviceIsTheMatchedAdviceThenWhatFitsEveryone() {
        SheetModel model = SheetFixture.model("en", SheetFixture.coldAndPosture(), "", "");

        List<String> matched = model.advice().items().stream().map(SheetModel.AdviceLine::title).toList();
        assertEquals(List.of(title("keep-warm"), title("drink-enough"), title("loose-covers"), title("stretch-before-bed")),
                matched);
        List<String> general = model.generalAdvice().items().stream().map(SheetModel.AdviceLine::title).toList();
        assertTrue(general.contains(title("toe-pull")), general::toString);
        assertFalse(general.contains(title("calcium-food")), "calcium advice is for the calcium cause only");
        assertFalse(general.contains(title("drink-enough")), "no advice twice");
    }

    @Test
    void crampNowCardsKeepTheGuidesStepsAndTimings() {
        SheetModel model = SheetFixture.model("en", SheetFixture.coldAndPosture(), "", "");

        assertEquals(List.of("Get ready", "Pull your toes up", "Quick safety check", "Gentle massage", "Walk on your heels"),
                cardTitles(model.crampNow()));
        StepCard toePull = model.crampNow().steps().get(1);
        assertEquals("30 s × 3, 10 s rest", toePull.timing());
        assertEquals("toe-pull.svg", toePull.illustration());
        assertEquals("Check, no timer", model.crampNow().steps().get(2).timing());
        assertEquals(6, model.beforeBed().steps().size());
        assertTrue(model.massageOmitted().isEmpty());
    }

    @Test
    void theDefaultSheetSaysWhatAYesAtTheClotCheckMeans() {
        SheetModel model = SheetFixture.model("en", Answers.empty(), "", "");
        var safety = SheetFixture.guide("en").safetyPoints();

        String check = model.crampNow().steps().get(2).instruction();
        assertTrue(check.endsWith(safety.get("check-yes") + " " + safety.get("same-day")), check);
        assertEquals("Gentle massage", model.crampNow().steps().get(3).title(), "the massage card that follows");
        String massage = model.advice().items().stream().filter(a -> a.title().equals(title("massage")))
                .findFirst().orElseThrow().summary();
        assertTrue(massage.endsWith(safety.get("clot-signs") + " " + safety.get("same-day")), massage);
        assertTrue(model.beforeBed().intro().endsWith(safety.get("stop-before-pain")), model.beforeBed().intro());
    }

    @Test
    void chineseSheetCarriesTheChineseClotCaveat() {
        var guide = SheetFixture.guide("zh-CN");
        SheetModel model = SheetFixture.SERVICE.model(guide, SheetFixture.findings("zh-CN", Answers.empty()),
                new SheetOptions("", "", SheetFixture.DATE, "CN"), SheetFixture.words("zh-CN"));

        String massage = model.advice().items().stream()
                .filter(a -> a.title().equals(guide.adviceItem("massage").orElseThrow().title()))
                .findFirst().orElseThrow().summary();
        assertTrue(massage.endsWith(guide.safetyPoints().get("clot-signs") + guide.safetyPoints().get("same-day")),
                massage);
    }

    @Test
    void aCountryTheGuideDoesNotListGetsEveryNumberNotAGuess() {
        SheetModel model = SheetFixture.SERVICE.model(SheetFixture.guide("en"),
                SheetFixture.findings("en", Answers.empty()),
                new SheetOptions("", "", SheetFixture.DATE, "BR"), SheetFixture.words("en"));

        assertEquals("", model.help().number());
        assertTrue(model.help().numberText().startsWith("Emergency numbers: United Kingdom 999; "),
                model.help().numberText());
        assertTrue(model.help().numberText().contains("Mainland China 120; "), model.help().numberText());
    }

    @Test
    void aClotSignRemovesTheMassageCardAndSaysWhy() {
        SheetModel model = SheetFixture.model("en", SheetFixture.clotSign(), "", "");

        assertFalse(cardTitles(model.crampNow()).contains("Gentle massage"));
        assertEquals(List.of(1, 2, 3, 4), model.crampNow().steps().stream().map(StepCard::number).toList());
        assertTrue(model.massageOmitted().orElseThrow().contains("clot"), model.massageOmitted()::toString);
        assertTrue(model.clotWarning().isPresent());
        assertEquals("Blood-flow problems", causeTitles(model).get(0));
        assertFalse(model.generalAdvice().items().stream().anyMatch(a -> a.title().equals(title("massage"))));
    }

    @Test
    void noAnswersGiveTheGeneralAdviceAndSayHowToMakeItPersonal() {
        SheetModel model = SheetFixture.model("en", Answers.empty(), "", "");

        assertEquals(List.of(), model.causes().items());
        assertEquals("", model.causes().heading(), "no causes section without answers");
        assertTrue(model.personalise().orElseThrow().contains("Check causes page"));
        List<String> everyone = SheetFixture.guide("en").advice().stream().filter(Advice::forEveryone)
                .map(Advice::title).toList();
        assertEquals(everyone, model.advice().items().stream().map(SheetModel.AdviceLine::title).toList());
        assertEquals(List.of(), model.generalAdvice().items());
    }

    @Test
    void headerNoteHelpAndSourcesComeFromTheGuideAndTheOptions() {
        SheetModel model = SheetFixture.model("en", Answers.empty(), "Sam Lee", "Is it my tablets?");

        assertEquals("For Sam Lee · November 24, 2026 · Content version "
                + SheetFixture.guide("en").meta().contentVersion(), model.header().details());
        assertEquals("Night Cramp Guide: my advice sheet", model.header().documentTitle());
        assertEquals("Is it my tablets?", model.note().orElseThrow().text());
        assertEquals("999", model.help().number(), "GB's number for a GB sheet");
        assertEquals(3, model.help().urgent().items().size());
        assertEquals(SheetFixture.guide("en").meta().sources().size(), model.sources().items().size());
        assertTrue(SheetFixture.model("en", Answers.empty(), "", " ").note().isEmpty(), "a blank note is left out");
    }

    @Test
    void chineseSheetHasChineseHeadingsAndChinaIsEmergencyNumber() {
        SheetModel model = SheetFixture.SERVICE.model(SheetFixture.guide("zh-CN"),
                SheetFixture.findings("zh-CN", SheetFixture.coldAndPosture()),
                new SheetOptions("", "", SheetFixture.DATE, "CN"), SheetFixture.words("zh-CN"));

        assertEquals("我的夜间抽筋应对方案", model.header().title());
        assertEquals("120", model.help().number());
        assertEquals("zh-CN", model.language());
        assertTrue(model.header().details().contains("2026年11月24日"), model.header().details());
    }
}
