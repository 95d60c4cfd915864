package org.nightcramp.relief;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.nightcramp.content.Routine;
import org.nightcramp.content.RoutineStep;
import org.nightcramp.content.StepKind;

/**
 * A routine expanded into the phases the panel shows one after another: every repetition and
 * every rest between them, with the person's hold length and repetitions applied to hold steps.
 * A clot check is followed by a {@link PhaseKind#HELP_FIRST} stop, used only after a Yes; with a
 * clot sign already in the answers the massage is left out and the stop replaces the question.
 */
public final class RoutinePlan {

    private final Routine routine;
    private final List<Phase> phases;
    private final int stepCount;
    private final boolean massageLeftOut;

    private RoutinePlan(Routine routine, List<Phase> phases, int stepCount, boolean massageLeftOut) {
        this.routine = routine;
        this.phases = List.copyOf(phases);
        this.stepCount = stepCount;
        this.massageLeftOut = massageLeftOut;
    }

    /** Expands {@code routine}; a routine with nothing left to do is refused. */
    public static RoutinePlan of(Routine routine, PlanOptions options) {
        List<Phase> phases = new ArrayList<>();
        List<RoutineStep> steps = routine.steps();
        int stepNumber = 0;
        boolean leftOut = false;
        for (int i = 0; i < steps.size(); i++) {
            RoutineStep step = steps.get(i);
            if (options.leaveOutMassage() && step.kind() == StepKind.MASSAGE) {
                leftOut = true;
                continue;
            }
            stepNumber++;
            if (step.kind() == StepKind.CHECK) {
                // The answers already hold a clot sign: no question, the stop for help takes its place.
                if (!(options.leaveOutMassage() && guardsMassage(steps, i))) {
                    phases.add(new Phase(phases.size(), PhaseKind.CHECK, step, stepNumber, 1, 1, 0));
                }
                // After a check it is entered only on a Yes (see RoutineEngine#answerCheck).
                phases.add(new Phase(phases.size(), PhaseKind.HELP_FIRST, step, stepNumber, 1, 1, 0));
                continue;
            }
            boolean hold = step.kind() == StepKind.HOLD;
            int seconds = hold ? options.holdSeconds().orElse(step.seconds()) : step.seconds();
            int repetitions = hold ? options.repetitions().orElse(step.repetitions()) : step.repetitions();
            for (int r = 1; r <= repetitions; r++) {
                phases.add(new Phase(phases.size(), PhaseKind.of(step.kind()), step, stepNumber, r, repetitions,
                        nanos(seconds)));
                if (r < repetitions && step.restSeconds() > 0) {
                    phases.add(new Phase(phases.size(), PhaseKind.REST, step, stepNumber, r, repetitions,
                            nanos(step.restSeconds())));
                }
            }
        }
        if (phases.isEmpty()) {
            throw new IllegalArgumentException("The routine " + routine.id() + " has no steps to show");
        }
        return new RoutinePlan(routine, phases, stepNumber, leftOut);
    }

    /** A clot check placed just before a massage: with a clot sign already known, there is nothing to ask. */
    private static boolean guardsMassage(List<RoutineStep> steps, int i) {
        return i + 1 < steps.size() && steps.get(i + 1).kind() == StepKind.MASSAGE;
    }

    private static long nanos(int seconds) {
        return TimeUnit.SECONDS.toNanos(seconds);
    }

    public Routine routine() {
        return routine;
    }

    public List<Phase> phases() {
        return phases;
    }

    public Phase phase(int index) {
        return phases.get(index);
    }

    public int size() {
        return phases.size();
    }

    /** How many of the routine's steps the plan shows. */
    public int stepCount() {
        return stepCount;
    }

    /** Whether massage was left out because it is not advised for this person. */
    public boolean massageLeftOut() {
        return massageLeftOut;
    }

    /** The planned length of all timed phases, not counting the time an answer takes. */
    public long plannedNanos() {
        return phases.stream().mapToLong(Phase::durationNanos).sum();
    }

    /** The first phase of a kind, such as the clot check. */
    public Optional<Phase> first(PhaseKind kind) {
        return phases.stream().filter(p -> p.kind() == kind).findFirst();
    }
}
