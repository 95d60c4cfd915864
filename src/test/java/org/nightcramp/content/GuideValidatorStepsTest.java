package org.nightcramp.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nightcramp.content.GuideValidatorTest.validate;
import static org.nightcramp.content.ProblemAssert.assertClean;
import static org.nightcramp.content.ProblemAssert.assertHas;
import static org.nightcramp.content.ProblemAssert.assertOnly;
import static org.nightcramp.content.TestGuides.EN;
import static org.nightcramp.content.TestGuides.EN_FILE;
import static org.nightcramp.content.TestGuides.object;
import static org.nightcramp.content.TestGuides.tree;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Routine step timings and rest text, and the emergency numbers. */
class GuideValidatorStepsTest {

    /** cramp-now: 0 get-ready (1 x 5 s), 1 toe-pull (3 x 30 s, 10 s rest), 2 clot-check (check). */
    private static final String TIMED = "/routines/0/steps/0";
    private static final String RESTING = "/routines/0/steps/1";
    private static final String CHECK = "/routines/0/steps/2";

    private final ObjectNode guide = tree(EN);

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 601, 3600})
    void timedStepMustLastOneToSixHundredSeconds(int seconds) {
        object(guide, TIMED).put("seconds", seconds);

        ContentProblem p = assertOnly(validate(guide), EN_FILE, "$.routines[0].steps[0].seconds", "step.seconds");

        assertEquals(List.of(String.valueOf(seconds)), p.args());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 600})
    void timedStepOfOneOrSixHundredSecondsIsValid(int seconds) {
        object(guide, TIMED).put("seconds", seconds);

        assertClean(validate(guide));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 30, -1})
    void checkStepMustBeUntimed(int seconds) {
        object(guide, CHECK).put("seconds", seconds);

        ContentProblem p = assertOnly(validate(guide), EN_FILE, "$.routines[0].steps[2].seconds", "step.checkUntimed");

        assertEquals(List.of(String.valueOf(seconds)), p.args());
    }

    @Test
    void untimedStepThatIsNotACheckIsRejected() {
        object(guide, CHECK).put("kind", "hold");
        List<ContentProblem> problems = validate(guide);

        assertHas(problems, EN_FILE, "$.routines[0].steps[2].seconds", "step.seconds");
        // Without its check, the massage after it would be guided for a leg with signs of a clot.
        assertHas(problems, EN_FILE, "$.routines[0].steps[3].kind", "safety.massageBeforeCheck");
        assertEquals(2, problems.size(), () -> ProblemAssert.describeAll(problems));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -2, 21})
    void repetitionsMustBeOneToTwenty(int repetitions) {
        object(guide, RESTING).put("repetitions", repetitions);

        // Fewer than two repetitions never rest, so the rest text is unused as well.
        List<ContentProblem> problems = validate(guide);

        ProblemAssert.assertHas(problems, EN_FILE, "$.routines[0].steps[1].repetitions", "step.repetitions");
        assertEquals(repetitions > 1 ? 1 : 2, problems.size(), () -> ProblemAssert.describeAll(problems));
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 20})
    void repetitionsUpToTwentyAreValid(int repetitions) {
        object(guide, RESTING).put("repetitions", repetitions);

        assertClean(validate(guide));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 301})
    void restMustBeZeroToThreeHundredSeconds(int rest) {
        object(guide, TIMED).put("restSeconds", rest);

        assertOnly(validate(guide), EN_FILE, "$.routines[0].steps[0].restSeconds", "step.rest");
    }

    @Test
    void restOfThreeHundredSecondsIsValid() {
        object(guide, RESTING).put("restSeconds", 300);

        assertClean(validate(guide));
    }

    @Test
    void stepThatRestsNeedsRestText() {
        object(guide, RESTING).put("restInstruction", " ");

        // Blank rest text is allowed by the blank-text rule; the rest rule is what reports it.
        assertOnly(validate(guide), EN_FILE, "$.routines[0].steps[1].restInstruction", "step.restTextMissing");
    }

    @ParameterizedTest
    @ValueSource(strings = {TIMED, CHECK})
    void stepThatNeverRestsMustHaveNoRestText(String step) {
        object(guide, step).put("restInstruction", "Relax.");

        assertOnly(validate(guide), EN_FILE, JsonPointers.toPath(step) + ".restInstruction", "step.restTextUnused");
    }

    @Test
    void restSecondsWithOneRepetitionIsNeverARest() {
        object(guide, TIMED).put("restSeconds", 10);

        assertClean(validate(guide));
    }

    @Test
    void repetitionsWithoutRestSecondsAreNeverARest() {
        object(guide, RESTING).put("restSeconds", 0);

        assertOnly(validate(guide), EN_FILE, "$.routines[0].steps[1].restInstruction", "step.restTextUnused");
    }

    @ParameterizedTest
    @ValueSource(strings = {"gb", "GBR", "G1", "U.K."})
    void regionMustBeTwoCapitals(String region) {
        object(guide, "/medicalHelp/emergencyNumbers/1").put("region", region);

        assertEquals(List.of(region),
                assertOnly(validate(guide), EN_FILE, "$.medicalHelp.emergencyNumbers[1].region", "help.region").args());
    }

    @ParameterizedTest
    @ValueSource(strings = {"9", "+44 999", "99-9", "999a", " 999", "1234567890123456"})
    void phoneNumberMustBeDigits(String number) {
        object(guide, "/medicalHelp/emergencyNumbers/0/numbers/1").put("number", number);

        assertEquals(List.of(number), assertOnly(validate(guide), EN_FILE,
                "$.medicalHelp.emergencyNumbers[0].numbers[1].number", "help.number").args());
    }

    @ParameterizedTest
    @ValueSource(strings = {"11", "0800 123 456", "123456789012345"})
    void phoneNumberOfDigitsAndSpacesIsValid(String number) {
        object(guide, "/medicalHelp/emergencyNumbers/0/numbers/1").put("number", number);

        assertClean(validate(guide));
    }
}
