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
            if (options.leaveOutMassage() && guardsOrIsMassage(steps, i)) {
                leftOut |= step.kind() == StepKind.MASSAGE;
                continue;
            }
            stepNumber++;
            if (step.kind() == StepKind.CHECK) {
                phases.add(new Phase(phases.size(), PhaseKind.CHECK, step, stepNumber, 1, 1, 0));
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

    /** A massage step, or a clot check placed just before one (it exists only to guard it). */
    private static boolean guardsOrIsMassage(List<RoutineStep> steps, int i) {
        StepKind kind = steps.get(i).kind();
        return kind == StepKind.MASSAGE
                || (kind == StepKind.CHECK && i + 1 < steps.size() && steps.get(i + 1).kind() == StepKind.MASSAGE);
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
