package org.nightcramp.relief;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.nightcramp.content.Side;
import org.nightcramp.l10n.Texts;

/** The panel's words: UI labels from the bundle, and the step's own text from the content. */
public final class ReliefText {

    private final Texts texts;

    public ReliefText(Texts texts) {
        this.texts = texts;
    }

    /** A label from the bundle, formatted in the session's language. */
    public String get(String key, Object... args) {
        return texts.text(key, args);
    }

    /** What the big digits show: seconds under a minute, else minutes and seconds. */
    public String countdown(long seconds) {
        return seconds < 60 ? Long.toString(seconds) : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }

    /** A length of time in words, such as "10 s", "1 min" or "3:40". */
    public String duration(long seconds) {
        if (seconds < 60) {
            return get("relief.duration.seconds", seconds);
        }
        return seconds % 60 == 0 ? get("relief.duration.wholeMinutes", seconds / 60)
                : get("relief.duration.minutes", seconds / 60, seconds % 60);
    }

    public String title(Phase phase) {
        return switch (phase.kind()) {
            case REST -> get("relief.phase.rest");
            case HELP_FIRST -> get("relief.helpFirst.title");
            default -> phase.step().title();
        };
    }

    public String instruction(Phase phase) {
        if (phase.kind() == PhaseKind.HELP_FIRST) {
            return get("relief.helpFirst.text");
        }
        if (phase.kind() != PhaseKind.REST) {
            return phase.step().instruction();
        }
        String rest = phase.step().restInstruction();
        return rest.isBlank() ? get("relief.phase.rest.instruction") : rest;
    }

    /** Which hold of how many, or empty when the step happens once. */
    public String counter(Phase phase) {
        if (phase.repetitions() < 2) {
            return "";
        }
        return switch (phase.kind()) {
            case HOLD -> get("relief.counter.hold", phase.repetition(), phase.repetitions());
            case REST -> get("relief.counter.rest", phase.repetition() + 1, phase.repetitions());
            default -> get("relief.counter.repeat", phase.repetition(), phase.repetitions());
        };
    }

    /** "Step 2 of 5", with the leg when the step names one. */
    public String step(Phase phase, int stepCount) {
        String step = get("relief.step", phase.stepNumber(), stepCount);
        String side = side(phase.step().side());
        return side.isEmpty() ? step : get("relief.step.withSide", step, side);
    }

    public String side(Side side) {
        return switch (side) {
            case LEFT -> get("relief.side.left");
            case RIGHT -> get("relief.side.right");
            case EITHER -> get("relief.side.either");
            case NONE -> "";
        };
    }

    /** What comes after this phase, with its length when it has one. */
    public String next(Optional<Phase> next) {
        if (next.isEmpty()) {
            return get("relief.next.last");
        }
        Phase phase = next.get();
        String title = title(phase);
        return phase.timed()
                ? get("relief.next.timed", title, duration(TimeUnit.NANOSECONDS.toSeconds(phase.durationNanos())))
                : get("relief.next", title);
    }
}
