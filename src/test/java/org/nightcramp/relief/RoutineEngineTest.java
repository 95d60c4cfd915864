package org.nightcramp.relief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nightcramp.relief.Cue.END;
import static org.nightcramp.relief.Cue.STEP_CHANGE;
import static org.nightcramp.relief.Cue.TICK;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The engine on a fake clock: deadlines, cues exactly once, pause, skip, back, stalls and the end. */
class RoutineEngineTest {

    private static final long S = TimeUnit.SECONDS.toNanos(1);

    private final FakeClock clock = new FakeClock();

    private RoutineEngine engine(String routine, PlanOptions options) {
        return new RoutineEngine(RoutinePlan.of(TestRoutines.routine(routine), options), clock);
    }

    private RoutineEngine crampNow() {
        return engine(TestRoutines.CRAMP_NOW, PlanOptions.defaults());
    }

    @Test
    void countsDownTheFirstPhaseAndStepsOnAtItsDeadline() {
        RoutineEngine engine = crampNow();
        long start = clock.nanos();
        engine.start();
        assertEquals(List.of(new CueEvent(STEP_CHANGE, start, 0)), engine.snapshot().cues());

        Snapshot mid = engine.snapshot(clock.advanceSeconds(2.2).nanos());
        assertEquals(PhaseKind.GET_READY, mid.phase().kind());
        assertEquals(3, mid.secondsLeft());
        assertEquals(0.44, mid.phaseProgress(), 1e-9);
        assertEquals(List.of(), mid.cues());

        Snapshot hold = engine.snapshot(clock.advanceSeconds(2.8).nanos());
        assertEquals(PhaseKind.HOLD, hold.phase().kind());
        assertEquals(30, hold.secondsLeft());
        assertEquals(List.of(new CueEvent(STEP_CHANGE, start + 5 * S, 1)), hold.cues());
        assertEquals(PhaseKind.REST, hold.next().orElseThrow().kind());
    }

    @Test
    void holdTicksInItsLastThreeSecondsThenChangesStep() {
        RoutineEngine engine = crampNow();
        long start = clock.nanos();
        engine.start();
        List<CueEvent> cues = drive(engine, 36 * S, 100);

        assertEquals(List.of(
                new CueEvent(STEP_CHANGE, start, 0),
                new CueEvent(STEP_CHANGE, start + 5 * S, 1),
                new CueEvent(TICK, start + 32 * S, 1),
                new CueEvent(TICK, start + 33 * S, 1),
                new CueEvent(TICK, start + 34 * S, 1),
                new CueEvent(STEP_CHANGE, start + 35 * S, 2)), cues);
    }

    @Test
    void everyCueOfTheWholeRoutineComesExactlyOnceAndWithinAFrame() {
        RoutineEngine engine = crampNow();
        long start = clock.nanos();
        engine.start();
        List<CueEvent> cues = new ArrayList<>();
        List<Long> heardAt = new ArrayList<>();
        long frame = 16_666_667;
        long checkAnsweredAt = -1;
        while (engine.state() != EngineState.FINISHED) {
            clock.advance(java.time.Duration.ofNanos(frame));
            Snapshot s = engine.snapshot(clock.nanos());
            s.cues().forEach(c -> {
                cues.add(c);
                heardAt.add(clock.nanos());
            });
            if (s.state() == EngineState.WAITING) {
                clock.advanceSeconds(4);
                checkAnsweredAt = clock.nanos();
                engine.answerCheck(false);
            }
        }
        cues.addAll(engine.snapshot().cues());

        List<CueEvent> expected = new ArrayList<>();
        long t = start;
        expected.add(new CueEvent(STEP_CHANGE, t, 0));
        long[] timed = {5, 30, 10, 30, 10, 30};
        for (int i = 0; i < timed.length; i++) {
            if (i % 2 == 1) {
                for (int k = 3; k >= 1; k--) {
                    expected.add(new CueEvent(TICK, t + (timed[i] - k) * S, i));
                }
            }
            t += timed[i] * S;
            expected.add(new CueEvent(STEP_CHANGE, t, i + 1));
        }
        // Index 7 is the stop for help, passed over after a No.
        expected.add(new CueEvent(STEP_CHANGE, checkAnsweredAt, 8));
        expected.add(new CueEvent(STEP_CHANGE, checkAnsweredAt + 60 * S, 9));
        expected.add(new CueEvent(END, checkAnsweredAt + 120 * S, 9));
        assertEquals(expected, cues);
        for (int i = 0; i < cues.size(); i++) {
            long late = heardAt.get(i) - cues.get(i).deadlineNanos();
            assertTrue(late >= 0 && late <= frame, cues.get(i) + " heard " + late + " ns late");
        }
    }

    @Test
    void pauseFreezesTheCountdownAndResumeGoesOnWhereItStopped() {
        RoutineEngine engine = crampNow();
        engine.start();
        engine.snapshot(clock.advanceSeconds(12).nanos());
        engine.pause();
        Snapshot paused = engine.snapshot(clock.advanceSeconds(100).nanos());
        assertEquals(EngineState.PAUSED, paused.state());
        assertEquals(23 * S, paused.remainingNanos());
        assertEquals(List.of(), paused.cues(), "no ticks or step changes while paused");

        engine.resume();
        assertEquals(23 * S, engine.snapshot().remainingNanos());
        Snapshot later = engine.snapshot(clock.advanceSeconds(22.5).nanos());
        assertEquals(PhaseKind.HOLD, later.phase().kind());
        assertEquals(List.of(TICK), later.cues().stream().map(CueEvent::cue).toList(),
                "the three ticks fell in one jump, so only the latest sounds");
        Snapshot rest = engine.snapshot(clock.advanceSeconds(0.5).nanos());
        assertEquals(PhaseKind.REST, rest.phase().kind());
        assertEquals(10 * S, rest.remainingNanos());
    }

    @Test
    void pauseCatchesUpFirstSoAPhaseAlreadyOverIsNotFrozen() {
        RoutineEngine engine = crampNow();
        engine.start();
        engine.snapshot();
        clock.advanceSeconds(6);
        engine.pause();

        Snapshot s = engine.snapshot();
        assertEquals(PhaseKind.HOLD, s.phase().kind());
        assertEquals(29 * S, s.remainingNanos());
        assertEquals(List.of(STEP_CHANGE), s.cues().stream().map(CueEvent::cue).toList());
    }

    @Test
    void skipBeginsTheNextPhaseNowAndKeepsAPause() {
        RoutineEngine engine = crampNow();
        engine.start();
        engine.snapshot(clock.advanceSeconds(1).nanos());
        engine.skip();
        Snapshot hold = engine.snapshot(clock.nanos());
        assertEquals(PhaseKind.HOLD, hold.phase().kind());
        assertEquals(30 * S, hold.remainingNanos());
        assertEquals(List.of(new CueEvent(STEP_CHANGE, clock.nanos(), 1)), hold.cues());

        engine.pause();
        engine.skip();
        Snapshot rest = engine.snapshot(clock.advanceSeconds(50).nanos());
        assertEquals(EngineState.PAUSED, rest.state());
        assertEquals(PhaseKind.REST, rest.phase().kind());
        assertEquals(10 * S, rest.remainingNanos());
    }

    @Test
    void backRestartsAPhaseUnderWayAndGoesToThePreviousOneJustAfterItBegan() {
        RoutineEngine engine = crampNow();
        engine.start();
        engine.snapshot(clock.advanceSeconds(15).nanos());
        assertEquals(1, engine.snapshot().phase().index());

        engine.back();
        Snapshot again = engine.snapshot(clock.nanos());
        assertEquals(1, again.phase().index());
        assertEquals(30 * S, again.remainingNanos());
        assertEquals(List.of(STEP_CHANGE), again.cues().stream().map(CueEvent::cue).toList());

        engine.back();
        Snapshot previous = engine.snapshot(clock.advanceSeconds(1).nanos());
        assertEquals(0, previous.phase().index());
        assertEquals(4 * S, previous.remainingNanos());
    }

    @Test
    void aStallOfThreeAndAHalfSecondsDeliversTheMissedTickOnceAndNeverAgain() {
        RoutineEngine engine = crampNow();
        long start = clock.nanos();
        engine.start();
        engine.snapshot(clock.advanceSeconds(31).nanos());

        Snapshot afterStall = engine.snapshot(clock.advanceSeconds(3.5).nanos());
        assertEquals(List.of(new CueEvent(TICK, start + 34 * S, 1)), afterStall.cues());
        assertEquals(500_000_000L, afterStall.remainingNanos(), "no drift: the hold still ends at its deadline");
        assertEquals(List.of(), engine.snapshot(clock.advanceMillis(100).nanos()).cues());
        assertEquals(List.of(new CueEvent(STEP_CHANGE, start + 35 * S, 2)),
                engine.snapshot(clock.advanceMillis(400).nanos()).cues());
    }

    @Test
    void aStallAcrossTheEndOfAHoldSoundsOnlyTheStepChangeAndLandsOnTime() {
        RoutineEngine engine = crampNow();
        long start = clock.nanos();
        engine.start();
        engine.snapshot(clock.advanceSeconds(33.2).nanos());

        Snapshot s = engine.snapshot(clock.advanceSeconds(3.5).nanos());
        assertEquals(List.of(new CueEvent(STEP_CHANGE, start + 35 * S, 2)), s.cues());
        assertEquals(PhaseKind.REST, s.phase().kind());
        assertEquals(TimeUnit.MILLISECONDS.toNanos(8300), s.remainingNanos());
        assertEquals(List.of(), engine.snapshot(clock.advanceMillis(16).nanos()).cues());
    }

    @Test
    void aLongStallLandsInTheRightPhaseWithoutDrift() {
        RoutineEngine engine = crampNow();
        engine.start();
        engine.snapshot();
        Snapshot s = engine.snapshot(clock.advanceSeconds(82).nanos());

        assertEquals(4, s.phase().index(), "5 + 30 + 10 + 30 = 75 s, so 7 s into the second rest");
        assertEquals(3 * S, s.remainingNanos());
        assertEquals(List.of(STEP_CHANGE), s.cues().stream().map(CueEvent::cue).toList());
    }

    @Test
    void theRoutineWaitsAtTheClotCheckUntilItIsAnswered() {
        RoutineEngine engine = crampNow();
        engine.start();
        Snapshot check = engine.snapshot(clock.advanceSeconds(115).nanos());
        assertEquals(EngineState.WAITING, check.state());
        assertEquals(PhaseKind.CHECK, check.phase().kind());

        engine.skip();
        engine.pause();
        Snapshot stillWaiting = engine.snapshot(clock.advanceSeconds(600).nanos());
        assertEquals(EngineState.WAITING, stillWaiting.state());
        assertEquals(List.of(), stillWaiting.cues());

        assertEquals(CheckOutcome.CONTINUED, engine.answerCheck(false));
        Snapshot massage = engine.snapshot();
        assertEquals(PhaseKind.MASSAGE, massage.phase().kind());
        assertEquals(EngineState.RUNNING, massage.state());
        assertEquals(60 * S, massage.remainingNanos());
    }

    @Test
    void yesAtTheClotCheckStopsGuidingUntilHelpIsSeenThenWaitsPausedAtTheWalk() {
        RoutineEngine engine = crampNow();
        engine.start();
        engine.snapshot(clock.advanceSeconds(115).nanos());

        assertEquals(CheckOutcome.MASSAGE_SKIPPED, engine.answerCheck(true));
        engine.toggle();
        engine.resume();
        engine.skip();
        Snapshot held = engine.snapshot(clock.advanceSeconds(600).nanos());
        assertEquals(PhaseKind.HELP_FIRST, held.phase().kind(), "no walk, no massage: nothing is guided");
        assertEquals(EngineState.WAITING, held.state());
        assertTrue(engine.heldForHelp());

        engine.helpSeen();
        Snapshot walk = engine.snapshot(clock.advanceSeconds(30).nanos());
        assertEquals(PhaseKind.WALK, walk.phase().kind());
        assertEquals(EngineState.PAUSED, walk.state(), "going on is the person's own choice");
        assertEquals(60 * S, walk.overallRemainingNanos(), "the massage no longer counts");

        engine.back();
        assertEquals(PhaseKind.HELP_FIRST, engine.snapshot().phase().kind(), "back returns to the stop, not the massage");
        engine.back();
        assertEquals(PhaseKind.CHECK, engine.snapshot().phase().kind());
        engine.answerCheck(true);
        engine.helpSeen();
        engine.resume();
        Snapshot end = engine.snapshot(clock.advanceSeconds(60).nanos());
        assertEquals(EngineState.FINISHED, end.state());
        assertEquals(List.of(END), end.cues().stream().map(CueEvent::cue).toList());
    }

    @Test
    void answeringWhenNothingIsAskedIsAnError() {
        RoutineEngine engine = crampNow();
        engine.start();

        assertThrows(IllegalStateException.class, () -> engine.answerCheck(false));
    }

    @Test
    void theEndSoundsOnceAndShowsTheRoutineComplete() {
        RoutineEngine engine = engine(TestRoutines.BEFORE_BED, PlanOptions.defaults());
        long start = clock.nanos();
        engine.start();
        List<CueEvent> cues = drive(engine, 221 * S, 50);

        assertEquals(new CueEvent(END, start + 220 * S, 21), cues.get(cues.size() - 1));
        assertEquals(1, cues.stream().filter(c -> c.cue() == END).count());
        Snapshot done = engine.snapshot(clock.advanceSeconds(10).nanos());
        assertEquals(EngineState.FINISHED, done.state());
        assertEquals(1.0, done.overallProgress());
        assertEquals(0, done.overallRemainingNanos());
        assertEquals(List.of(), done.cues());
        assertEquals(12 * 3, cues.stream().filter(c -> c.cue() == TICK).count());
    }

    @Test
    void skippingTheLastPhaseEndsTheRoutine() {
        RoutineEngine engine = crampNow();
        engine.start();
        engine.snapshot(clock.advanceSeconds(115).nanos());
        engine.answerCheck(false);
        engine.skip();
        engine.skip();

        Snapshot s = engine.snapshot();
        assertEquals(EngineState.FINISHED, s.state());
        assertEquals(List.of(END), s.cues().stream().map(CueEvent::cue).toList(),
                "step changes that fell due with the end are not sounded on top of it");
    }

    @Test
    void thePersonsHoldLengthIsWhatTheHoldCountsDown() {
        RoutineEngine engine = engine(TestRoutines.CRAMP_NOW, PlanOptions.of(20, 2, false));
        engine.start();
        Snapshot hold = engine.snapshot(clock.advanceSeconds(5).nanos());

        assertEquals(20, hold.secondsLeft());
        Snapshot rest = engine.snapshot(clock.advanceSeconds(20).nanos());
        assertEquals(PhaseKind.REST, rest.phase().kind());
        Snapshot second = engine.snapshot(clock.advanceSeconds(10).nanos());
        assertEquals(2, second.phase().repetition());
        assertEquals(PhaseKind.CHECK, second.next().orElseThrow().kind());
    }

    @Test
    void withMassageNotAdvisedTheRoutineStopsForHelpBetweenTheHoldsAndTheWalk() {
        RoutineEngine engine = engine(TestRoutines.CRAMP_NOW, new PlanOptions(java.util.OptionalInt.empty(),
                java.util.OptionalInt.empty(), true));
        engine.start();
        Snapshot stop = engine.snapshot(clock.advanceSeconds(116).nanos());
        assertEquals(PhaseKind.HELP_FIRST, stop.phase().kind());
        assertEquals(EngineState.WAITING, stop.state());

        engine.helpSeen();
        engine.resume();
        Snapshot walk = engine.snapshot(clock.advanceSeconds(1).nanos());
        assertEquals(PhaseKind.WALK, walk.phase().kind());
        assertEquals(EngineState.RUNNING, walk.state());
        assertEquals(59 * S, walk.remainingNanos());
    }

    @Test
    void restartBeginsAgainAndStopIsSilent() {
        RoutineEngine engine = crampNow();
        engine.start();
        engine.snapshot(clock.advanceSeconds(50).nanos());
        engine.restart();
        Snapshot again = engine.snapshot();
        assertEquals(0, again.phase().index());
        assertEquals(List.of(STEP_CHANGE), again.cues().stream().map(CueEvent::cue).toList());

        engine.skip();
        engine.stop();
        Snapshot stopped = engine.snapshot(clock.advanceSeconds(40).nanos());
        assertEquals(EngineState.IDLE, stopped.state());
        assertEquals(0, stopped.phase().index());
        assertEquals(5 * S, stopped.remainingNanos());
        assertEquals(List.of(), stopped.cues(), "the skip's step change is not sounded after a stop");
    }

    @Test
    void spaceStartsPausesAndResumes() {
        RoutineEngine engine = crampNow();
        engine.toggle();
        assertEquals(EngineState.RUNNING, engine.state());
        engine.toggle();
        assertEquals(EngineState.PAUSED, engine.state());
        engine.toggle();
        assertEquals(EngineState.RUNNING, engine.state());
    }

    @Test
    void overallProgressCountsEveryTimedPhase() {
        RoutineEngine engine = crampNow();
        engine.start();
        Snapshot s = engine.snapshot(clock.advanceSeconds(47).nanos());

        assertEquals(47.0 / 235, s.overallProgress(), 1e-9);
        assertEquals(188, s.overallSecondsLeft());
    }

    /** Takes a snapshot every {@code frameMillis} for {@code span}, collecting every cue. */
    private List<CueEvent> drive(RoutineEngine engine, long span, long frameMillis) {
        List<CueEvent> cues = new ArrayList<>(engine.snapshot().cues());
        long end = clock.nanos() + span;
        while (clock.nanos() < end) {
            cues.addAll(engine.snapshot(clock.advanceMillis(frameMillis).nanos()).cues());
        }
        return cues;
    }
}
