package org.nightcramp.relief;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.nightcramp.content.Animation;

/**
 * How the panel moves a step's drawing, as a pure function of the time spent in the phase, so
 * the picture pauses, skips and catches up with the engine and never keeps time of its own.
 */
public final class Motion {

    /** toe-pull.svg is drawn with the foot pulled up; it turns this far to relax. */
    static final double FOOT_RELAXED = 15;
    /**
     * calf-stretch.svg and hamstring-stretch.svg are drawn in the stretch (positive degrees lean
     * further in, through the wall); between holds the body turns back this far, to stand or sit up.
     */
    static final double BACK_OFF = 6;
    static final double KNEAD_LIFT = 4;
    static final double KNEAD_TURN = 3;
    static final double WALK_ROCK = 4;
    /** Time to move into or out of a hold: slow enough to copy, quick enough to follow. */
    static final double EASE_SECONDS = 1.5;
    static final double KNEAD_PERIOD_SECONDS = 1.6;
    static final double WALK_PERIOD_SECONDS = 1.2;

    private Motion() {
    }

    /** The named group of the drawing that an animation moves, such as {@code foot}. */
    public static Optional<String> partName(Animation animation) {
        return switch (animation) {
            case FLEX -> Optional.of("foot");
            case KNEAD -> Optional.of("hands");
            case WALK -> Optional.of("leg");
            case STRETCH -> Optional.of("body");
            case NONE -> Optional.empty();
        };
    }

    /** Where the moving part is {@code elapsedNanos} into a phase of {@code kind}. */
    public static Pose pose(Animation animation, PhaseKind kind, long elapsedNanos) {
        double t = elapsedNanos / (double) TimeUnit.SECONDS.toNanos(1);
        return switch (animation) {
            case FLEX -> Pose.turned(switch (kind) {
                case HOLD -> lerp(FOOT_RELAXED, 0, ease(t / EASE_SECONDS));
                case REST -> lerp(0, FOOT_RELAXED, ease(t / EASE_SECONDS));
                default -> FOOT_RELAXED;
            });
            case STRETCH -> Pose.turned(switch (kind) {
                case HOLD -> lerp(-BACK_OFF, 0, ease(t / EASE_SECONDS));
                case REST -> lerp(0, -BACK_OFF, ease(t / EASE_SECONDS));
                default -> -BACK_OFF;
            });
            case KNEAD -> kind == PhaseKind.MASSAGE ? knead(t) : Pose.DRAWN;
            case WALK -> kind == PhaseKind.WALK
                    ? Pose.turned(WALK_ROCK * Math.sin(2 * Math.PI * t / WALK_PERIOD_SECONDS)) : Pose.DRAWN;
            case NONE -> Pose.DRAWN;
        };
    }

    /** Hands press in and lift off, turning a little as they squeeze. */
    private static Pose knead(double t) {
        double angle = 2 * Math.PI * t / KNEAD_PERIOD_SECONDS;
        return new Pose(KNEAD_TURN * Math.sin(angle + Math.PI / 2), 0, KNEAD_LIFT * Math.sin(angle));
    }

    /** Smoothstep: starts and ends gently, as a person moves. */
    static double ease(double x) {
        double c = Math.max(0, Math.min(1, x));
        return c * c * (3 - 2 * c);
    }

    private static double lerp(double from, double to, double f) {
        return from + (to - from) * f;
    }
}
