package org.nightcramp.relief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.nightcramp.content.Animation;

/** The drawings move with the phase: the foot flexes in a hold and relaxes in the rest, and so on. */
class MotionTest {

    private static long s(double seconds) {
        return Math.round(seconds * TimeUnit.SECONDS.toNanos(1));
    }

    @Test
    void footFlexesTowardTheShinDuringAHoldAndRelaxesInTheRest() {
        assertEquals(Motion.FOOT_RELAXED, Motion.pose(Animation.FLEX, PhaseKind.GET_READY, s(3)).rotate());
        assertEquals(Motion.FOOT_RELAXED, Motion.pose(Animation.FLEX, PhaseKind.HOLD, 0).rotate());
        double halfway = Motion.pose(Animation.FLEX, PhaseKind.HOLD, s(Motion.EASE_SECONDS / 2)).rotate();
        assertTrue(halfway > 0 && halfway < Motion.FOOT_RELAXED, "eases in: " + halfway);
        assertEquals(0, Motion.pose(Animation.FLEX, PhaseKind.HOLD, s(10)).rotate(), "the drawing's own pose is flexed");
        assertEquals(0, Motion.pose(Animation.FLEX, PhaseKind.REST, 0).rotate());
        assertEquals(Motion.FOOT_RELAXED, Motion.pose(Animation.FLEX, PhaseKind.REST, s(5)).rotate());
    }

    @Test
    void bodyLeansIntoTheStretchAsDrawnAndBacksOffBetweenHolds() {
        assertTrue(Motion.BACK_OFF > 0, "backing off turns against the lean, which is positive");
        assertEquals(-Motion.BACK_OFF, Motion.pose(Animation.STRETCH, PhaseKind.SWITCH_SIDE, s(4)).rotate());
        assertEquals(-Motion.BACK_OFF, Motion.pose(Animation.STRETCH, PhaseKind.HOLD, 0).rotate());
        assertEquals(0, Motion.pose(Animation.STRETCH, PhaseKind.HOLD, s(5)).rotate());
        assertEquals(-Motion.BACK_OFF, Motion.pose(Animation.STRETCH, PhaseKind.REST, s(5)).rotate());
    }

    @Test
    void handsKneadUpAndDownAndTurnALittle() {
        double maxLift = 0;
        double maxTurn = 0;
        for (int ms = 0; ms < 3000; ms += 20) {
            Pose p = Motion.pose(Animation.KNEAD, PhaseKind.MASSAGE, s(ms / 1000.0));
            maxLift = Math.max(maxLift, Math.abs(p.translateY()));
            maxTurn = Math.max(maxTurn, Math.abs(p.rotate()));
        }
        assertEquals(Motion.KNEAD_LIFT, maxLift, 0.05);
        assertEquals(Motion.KNEAD_TURN, maxTurn, 0.05);
        assertEquals(Pose.DRAWN, Motion.pose(Animation.KNEAD, PhaseKind.GET_READY, s(1.3)));
    }

    @Test
    void legRocksWhileWalking() {
        double quarter = Motion.WALK_PERIOD_SECONDS / 4;
        assertEquals(Motion.WALK_ROCK, Motion.pose(Animation.WALK, PhaseKind.WALK, s(quarter)).rotate(), 1e-6);
        assertEquals(-Motion.WALK_ROCK, Motion.pose(Animation.WALK, PhaseKind.WALK, s(3 * quarter)).rotate(), 1e-6);
    }

    @Test
    void eachAnimationMovesItsNamedPart() {
        assertEquals(Optional.of("foot"), Motion.partName(Animation.FLEX));
        assertEquals(Optional.of("hands"), Motion.partName(Animation.KNEAD));
        assertEquals(Optional.of("leg"), Motion.partName(Animation.WALK));
        assertEquals(Optional.of("body"), Motion.partName(Animation.STRETCH));
        assertEquals(Optional.empty(), Motion.partName(Animation.NONE));
        assertEquals(Pose.DRAWN, Motion.pose(Animation.NONE, PhaseKind.HOLD, s(2)));
    }
}
