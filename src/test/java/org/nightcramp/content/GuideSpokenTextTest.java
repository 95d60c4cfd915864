package org.nightcramp.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nightcramp.content.GuideValidatorTest.validate;
import static org.nightcramp.content.ProblemAssert.assertOnly;
import static org.nightcramp.content.TestGuides.EN;
import static org.nightcramp.content.TestGuides.EN_FILE;
import static org.nightcramp.content.TestGuides.ZH;
import static org.nightcramp.content.TestGuides.object;
import static org.nightcramp.content.TestGuides.readProblems;
import static org.nightcramp.content.TestGuides.text;
import static org.nightcramp.content.TestGuides.tree;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The words the voice says at each routine step: present, short and not blank in every locale. */
class GuideSpokenTextTest {

    private static final String STEP = "/routines/1/steps/1";

    @ParameterizedTest
    @ValueSource(strings = {EN, ZH})
    void everyBundledStepHasShortSpokenWords(String locale) {
        Guide guide = TestGuides.guide(tree(locale));
        for (Routine routine : guide.routines()) {
            for (RoutineStep step : routine.steps()) {
                assertFalse(step.spoken().isBlank(), routine.id() + "/" + step.id());
                assertTrue(step.spoken().length() <= RoutineStep.MAX_SPOKEN_CHARS, step.spoken());
            }
        }
    }

    @Test
    void missingSpokenWordsAreReportedAtTheStep() {
        ObjectNode guide = tree(EN);
        object(guide, STEP).remove("spoken");

        ContentProblem p = assertOnly(readProblems(text(guide)), EN_FILE, "$.routines[1].steps[1].spoken",
                "json.missingProperty");
        assertEquals(List.of("spoken"), p.args());
    }

    @Test
    void blankSpokenWordsAreReported() {
        ObjectNode guide = tree(EN);
        object(guide, STEP).put("spoken", "  ");

        assertOnly(validate(guide), EN_FILE, "$.routines[1].steps[1].spoken", "text.blank");
    }

    @Test
    void spokenWordsTooLongToSayInTimeAreReported() {
        ObjectNode guide = tree(EN);
        object(guide, STEP).put("spoken", "Lean in. ".repeat(11));

        ContentProblem p = assertOnly(validate(guide), EN_FILE, "$.routines[1].steps[1].spoken", "step.spokenLong");
        assertEquals(List.of("99", String.valueOf(RoutineStep.MAX_SPOKEN_CHARS)), p.args());
    }
}
