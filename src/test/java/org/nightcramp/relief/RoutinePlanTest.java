package org.nightcramp.relief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nightcramp.relief.PhaseKind.CHECK;
import static org.nightcramp.relief.PhaseKind.HELP_FIRST;
import static org.nightcramp.relief.PhaseKind.GET_READY;
import static org.nightcramp.relief.PhaseKind.HOLD;
import static org.nightcramp.relief.PhaseKind.MASSAGE;
import static org.nightcramp.relief.PhaseKind.REST;
import static org.nightcramp.relief.PhaseKind.SWITCH_SIDE;
import static org.nightcramp.relief.PhaseKind.WALK;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.nightcramp.content.StepKind;

/** Expanding a routine into phases: repetitions, rests, the person's choices, massage left out. */
class RoutinePlanTest {

    @Test
    void crampNowExpandsIntoEveryHoldAndRest() {
        RoutinePlan plan = RoutinePlan.of(TestRoutines.routine(TestRoutines.CRAMP_NOW), PlanOptions.defaults());

        assertEquals(List.of(GET_READY, HOLD, REST, HOLD, REST, HOLD, CHECK, HELP_FIRST, MASSAGE, WALK), kinds(plan));
        assertEquals(List.of(5L, 30L, 10L, 30L, 10L, 30L, 0L, 0L, 60L, 60L), seconds(plan));
        assertEquals(List.of(1, 1, 1, 2, 2, 3, 1, 1, 1, 1), plan.phases().stream().map(Phase::repetition).toList());
        assertEquals(List.of(1, 2, 2, 2, 2, 2, 3, 3, 4, 5), plan.phases().stream().map(Phase::stepNumber).toList());
        assertEquals(5, plan.stepCount());
        assertEquals(TimeUnit.SECONDS.toNanos(TestRoutines.routine(TestRoutines.CRAMP_NOW).plannedSeconds()),
                plan.plannedNanos());
        assertFalse(plan.massageLeftOut());
    }

    @Test
    void beforeBedHasBothLegsWithTheSwitchBetween() {
        RoutinePlan plan = RoutinePlan.of(TestRoutines.routine(TestRoutines.BEFORE_BED), PlanOptions.defaults());

        assertEquals(22, plan.size());
        assertEquals(SWITCH_SIDE, plan.phase(11).kind());
        assertEquals(220, TimeUnit.NANOSECONDS.toSeconds(plan.plannedNanos()), "about 3 minutes, full time each side");
        assertEquals(4 * 3, plan.phases().stream().filter(p -> p.kind() == HOLD).count());
    }

    @Test
    void personsHoldLengthAndRepetitionsApplyToHoldsOnly() {
        RoutinePlan plan = RoutinePlan.of(TestRoutines.routine(TestRoutines.CRAMP_NOW), PlanOptions.of(45, 2, false));

        assertEquals(List.of(GET_READY, HOLD, REST, HOLD, CHECK, HELP_FIRST, MASSAGE, WALK), kinds(plan));
        assertEquals(List.of(5L, 45L, 10L, 45L, 0L, 0L, 60L, 60L), seconds(plan));
        assertEquals(2, plan.phase(3).repetitions());
    }

    @Test
    void oneRepetitionHasNoRest() {
        RoutinePlan plan = RoutinePlan.of(TestRoutines.routine(TestRoutines.CRAMP_NOW), PlanOptions.of(20, 1, false));

        assertEquals(List.of(GET_READY, HOLD, CHECK, HELP_FIRST, MASSAGE, WALK), kinds(plan));
    }

    @Test
    void massageNotAdvisedLeavesOutTheMassageAndAStopForHelpTakesTheChecksPlace() {
        RoutinePlan plan = RoutinePlan.of(TestRoutines.routine(TestRoutines.CRAMP_NOW),
                new PlanOptions(java.util.OptionalInt.empty(), java.util.OptionalInt.empty(), true));

        assertEquals(List.of(GET_READY, HOLD, REST, HOLD, REST, HOLD, HELP_FIRST, WALK), kinds(plan));
        assertTrue(plan.massageLeftOut());
        assertEquals(4, plan.stepCount());
        assertEquals(List.of(1, 2, 2, 2, 2, 2, 3, 4), plan.phases().stream().map(Phase::stepNumber).toList());
    }

    @Test
    void routineWithoutMassageSaysNothingWasLeftOut() {
        RoutinePlan plan = RoutinePlan.of(TestRoutines.routine(TestRoutines.BEFORE_BED), PlanOptions.of(10, 3, true));

        assertFalse(plan.massageLeftOut());
        assertEquals(22, plan.size());
    }

    @Test
    void choicesOutOfRangeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> PlanOptions.of(5, 3, false));
        assertThrows(IllegalArgumentException.class, () -> PlanOptions.of(30, 6, false));
    }

    @Test
    void routineWithNothingLeftIsRefused() {
        var onlyMassage = TestRoutines.routine(TestRoutines.step("rub", StepKind.MASSAGE, 30, 1, 0));

        assertThrows(IllegalArgumentException.class, () -> RoutinePlan.of(onlyMassage, PlanOptions.of(30, 3, true)));
    }

    private static List<PhaseKind> kinds(RoutinePlan plan) {
        return plan.phases().stream().map(Phase::kind).toList();
    }

    private static List<Long> seconds(RoutinePlan plan) {
        return plan.phases().stream().map(p -> TimeUnit.NANOSECONDS.toSeconds(p.durationNanos())).toList();
    }
}
