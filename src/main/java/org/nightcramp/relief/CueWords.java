package org.nightcramp.relief;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What the voice says for a cue: the step's own spoken words from the content as it starts,
 * "Rest" and "Hold again" from the bundle, a soft count in the last three seconds of a hold, and
 * "Done" at the end. All words come from the guide or the bundle of the routine's language.
 */
final class CueWords {

    private CueWords() {
    }

    /**
     * The words for {@code cue}, or empty when it has none or is already out of date.
     *
     * @param now the engine time {@code snapshot} was taken at
     */
    static Optional<String> of(CueEvent cue, Snapshot snapshot, long now, RoutinePlan plan, ReliefText text) {
        Phase phase = plan.phase(cue.phaseIndex());
        return switch (cue.cue()) {
            case END -> Optional.of(text.get("relief.spoken.done"));
            case STEP_CHANGE -> Optional.of(switch (phase.kind()) {
                case REST -> text.get("relief.spoken.rest");
                case HELP_FIRST -> text.get("relief.spoken.helpFirst");
                case HOLD -> phase.repetition() > 1 ? text.get("relief.spoken.holdAgain") : phase.step().spoken();
                default -> phase.step().spoken();
            });
            case TICK -> count(cue, snapshot, now, text);
        };
    }

    /** "Three", "two", "one": the seconds the hold had left when the tick fell due. */
    private static Optional<String> count(CueEvent cue, Snapshot snapshot, long now, ReliefText text) {
        if (snapshot.phase().index() != cue.phaseIndex() || snapshot.state() != EngineState.RUNNING) {
            return Optional.empty();
        }
        long leftAtTick = snapshot.remainingNanos() + Math.max(0, now - cue.deadlineNanos());
        long seconds = Math.round((double) leftAtTick / TimeUnit.SECONDS.toNanos(1));
        return switch ((int) seconds) {
            case 3 -> Optional.of(text.get("relief.spoken.count.three"));
            case 2 -> Optional.of(text.get("relief.spoken.count.two"));
            case 1 -> Optional.of(text.get("relief.spoken.count.one"));
            default -> Optional.empty();
        };
    }
}
