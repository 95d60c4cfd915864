package org.nightcramp.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nightcramp.content.Cause;
import org.nightcramp.content.Guide;

class WizardStepsTest {

    private static final Guide EN = Guides.load("en");

    private static List<String> ids(WizardSteps steps) {
        return steps.all().stream().map(WizardStep::id).toList();
    }

    @Test
    void stepsFollowTheGuide() {
        WizardSteps steps = WizardSteps.from(EN);

        assertEquals(List.of("start", "cause:cold", "cause:fatigue", "cause:calcium", "cause:posture",
                "cause:blood-flow", "about-you", "summary"), ids(steps));
        assertInstanceOf(WizardStep.Start.class, steps.get(0));
        assertInstanceOf(WizardStep.Summary.class, steps.get(steps.last()));
    }

    @Test
    void aCauseStepAsksTheCausesQuestionsInOrder() {
        WizardStep cold = WizardSteps.from(EN).byId("cause:cold").orElseThrow();

        assertEquals(List.of("cold.room", "cold.uncovered", "cold.hot-weather"), cold.questionIds());
    }

    @Test
    void aboutYouAsksTheGuidesAboutYouQuestions() {
        WizardStep about = WizardSteps.from(EN).byId("about-you").orElseThrow();

        assertEquals(List.of("about.pregnant", "about.over-60", "about.medicines"), about.questionIds());
    }

    @Test
    void aCauseAddedToTheContentBecomesAStepBeforeAboutYou() {
        Cause heat = new Cause("heat", "Hot nights", "Heat", List.of("Heat."), "Anyone.",
                EN.causes().get(0).evidence(), EN.causes().get(0).questions(), List.of("drink-enough"), "cold-night.svg", List.of());

        WizardSteps steps = WizardSteps.from(Guides.withExtraCause(EN, heat));

        assertEquals(9, steps.size());
        assertEquals(6, steps.indexOf("cause:heat"));
        assertEquals(heat, ((WizardStep.CauseStep) steps.get(6)).cause());
        assertEquals("about-you", steps.get(7).id());
    }

    @Test
    void aGuideWithoutAboutYouQuestionsHasNoSuchStep() {
        WizardSteps steps = WizardSteps.from(Guides.withoutAboutYou(EN));

        assertEquals(-1, steps.indexOf("about-you"));
        assertEquals("summary", steps.get(6).id());
    }

    @Test
    void stepIdsAreTheSameInEveryLanguage() {
        assertEquals(ids(WizardSteps.from(EN)), ids(WizardSteps.from(Guides.load("zh-CN"))));
    }

    @Test
    void anUnknownStepIdIsNotFound() {
        assertEquals(-1, WizardSteps.from(EN).indexOf("cause:weather"));
    }
}
