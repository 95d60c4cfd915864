package org.nightcramp.relief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs a {@link RoutinePlan} against a monotonic clock. Every phase ends at a deadline fixed when
 * it began (the previous deadline, or the moment of a command), so however late the caller asks,
 * nothing drifts: a snapshot after a stall shows exactly where the routine should be, and the cues
 * that fell due in the stall are delivered at most once. Use from one thread.
 */
public final class RoutineEngine {

    /** A hold ticks once in each of its last this-many seconds. */
    public static final int TICK_SECONDS = 3;
    /** Back this soon after a phase began goes to the phase before; later, it starts the phase again. */
    public static final long BACK_GRACE_NANOS = TimeUnit.SECONDS.toNanos(3);
    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    private final RoutinePlan plan;
    private final MonotonicClock clock;
    /** Phases taken out of this run: the massage after a Yes at the clot check, the stop for help after a No. */
    private final boolean[] excluded;
    /** Cues from commands and catch-up that the next snapshot delivers. */
    private final List<CueEvent> pending = new ArrayList<>();
    private EngineState state = EngineState.IDLE;
    private int index;
    private long phaseStart;
    private long pausedAt;
    /** Ticks of the current phase already delivered or passed over; never counted back. */
    private int ticksDone;

    public RoutineEngine(RoutinePlan plan, MonotonicClock clock) {
        this.plan = Objects.requireNonNull(plan, "plan");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.excluded = new boolean[plan.size()];
        resetExclusions();
    }

    public RoutinePlan plan() {
        return plan;
    }

    public EngineState state() {
        return state;
    }

    // Commands

    /** Starts from the first phase; does nothing while a run is under way (see {@link #restart()}). */
    public void start() {
        if (state == EngineState.IDLE || state == EngineState.FINISHED) {
            begin(clock.nanos());
        }
    }

    /** Freezes the countdown where it is. */
    public void pause() {
        long now = clock.nanos();
        catchUp(now, pending);
        if (state == EngineState.RUNNING) {
            state = EngineState.PAUSED;
            pausedAt = now;
        }
    }

    /** Goes on from where {@link #pause()} stopped, with the same time left. */
    public void resume() {
        if (state == EngineState.PAUSED) {
            phaseStart += clock.nanos() - pausedAt;
            state = EngineState.RUNNING;
        }
    }

    /** Space: start, pause or resume, whichever fits. */
    public void toggle() {
        switch (state) {
            case IDLE, FINISHED -> start();
            case RUNNING -> pause();
            case PAUSED -> resume();
            case WAITING -> { }
        }
    }

    /** Ends the current phase now and begins the next; a pause stays a pause. The check cannot be skipped. */
    public void skip() {
        long now = clock.nanos();
        catchUp(now, pending);
        if (state == EngineState.RUNNING || state == EngineState.PAUSED) {
            enter(nextIndex(index), now, state == EngineState.PAUSED, pending);
        }
    }

    /** Starts the phase again, or goes to the one before when it has only just begun. */
    public void back() {
        long now = clock.nanos();
        catchUp(now, pending);
        if (state != EngineState.RUNNING && state != EngineState.PAUSED && state != EngineState.WAITING) {
            return;
        }
        Phase phase = plan.phase(index);
        boolean justBegun = !phase.timed() || elapsed(now) < BACK_GRACE_NANOS;
        int target = justBegun ? Math.max(previousIndex(index), 0) : index;
        enter(excluded[target] ? nextIndex(target) : target, now, state == EngineState.PAUSED, pending);
    }

    /** Starts the whole routine again from the first phase. */
    public void restart() {
        begin(clock.nanos());
    }

    /** Stops the run and shows the first phase again, silently. */
    public void stop() {
        state = EngineState.IDLE;
        index = 0;
        ticksDone = 0;
        pending.clear();
        resetExclusions();
    }

    /**
     * Answers the clot check. With warning signs (urgency {@code HELP_TODAY} in the assessment core)
     * the massage after it is left out of this run and the routine stops guiding: it waits at the
     * help-first stop until {@link #helpSeen()}. Without them it goes straight on.
     */
    public CheckOutcome answerCheck(boolean warningSigns) {
        if (state != EngineState.WAITING || plan.phase(index).kind() != PhaseKind.CHECK) {
            throw new IllegalStateException("No question is waiting for an answer (state " + state + ")");
        }
        int i = index + 1;
        if (i < plan.size() && plan.phase(i).kind() == PhaseKind.HELP_FIRST) {
            excluded[i++] = !warningSigns;
        }
        for (; i < plan.size() && plan.phase(i).kind() == PhaseKind.MASSAGE; i++) {
            excluded[i] = warningSigns;
        }
        enter(nextIndex(index), clock.nanos(), false, pending);
        return warningSigns ? CheckOutcome.MASSAGE_SKIPPED : CheckOutcome.CONTINUED;
    }

    /**
     * The person has been shown when to get medical help: the stop ends, and the routine waits,
     * paused, at the next step, so going on is their own choice. Does nothing anywhere else.
     */
    public void helpSeen() {
        if (state == EngineState.WAITING && plan.phase(index).kind() == PhaseKind.HELP_FIRST) {
            enter(nextIndex(index), clock.nanos(), true, pending);
        }
    }

    /** Whether the routine is stopped for help: no guidance until {@link #helpSeen()}. */
    public boolean heldForHelp() {
        return state == EngineState.WAITING && plan.phase(index).kind() == PhaseKind.HELP_FIRST;
    }

    // Queries

    /** What to show now, by the engine's clock. */
    public Snapshot snapshot() {
        return snapshot(clock.nanos());
    }

    /**
     * What to show at {@code now}. Brings the routine up to {@code now} first, so the snapshot
     * and the cues are right however long ago the previous one was taken.
     */
    public Snapshot snapshot(long now) {
        List<CueEvent> due = new ArrayList<>(pending);
        pending.clear();
        catchUp(now, due);
        Phase phase = plan.phase(index);
        long elapsed = Math.min(elapsed(now), phase.durationNanos());
        long remaining = phase.durationNanos() - elapsed;
        long total = 0;
        long done = 0;
        for (Phase p : plan.phases()) {
            if (!excluded[p.index()]) {
                total += p.durationNanos();
                done += p.index() < index ? p.durationNanos() : 0;
            }
        }
        done += elapsed;
        boolean finished = state == EngineState.FINISHED;
        double phaseProgress = phase.durationNanos() == 0 ? (finished ? 1 : 0) : (double) elapsed / phase.durationNanos();
        double overall = finished ? 1 : total == 0 ? 0 : (double) done / total;
        int next = nextIndex(index);
        Optional<Phase> nextPhase = finished || next < 0 ? Optional.empty() : Optional.of(plan.phase(next));
        return new Snapshot(state, phase, nextPhase, elapsed, remaining, phaseProgress, overall,
                finished ? 0 : total - done, coalesce(due));
    }

    // The state machine

    /** A stop for help that follows a question is only for a Yes; one standing alone always applies. */
    private void resetExclusions() {
        for (int i = 0; i < excluded.length; i++) {
            excluded[i] = plan.phase(i).kind() == PhaseKind.HELP_FIRST && i > 0
                    && plan.phase(i - 1).kind() == PhaseKind.CHECK;
        }
    }

    private void begin(long now) {
        resetExclusions();
        pending.clear();
        state = EngineState.RUNNING;
        enter(0, now, false, pending);
    }

    /** Moves through every deadline that has passed by {@code now}, collecting the cues due. */
    private void catchUp(long now, List<CueEvent> due) {
        while (state == EngineState.RUNNING) {
            Phase phase = plan.phase(index);
            long end = phaseStart + phase.durationNanos();
            if (phase.kind() == PhaseKind.HOLD) {
                while (ticksDone < TICK_SECONDS) {
                    long tickAt = end - (long) (TICK_SECONDS - ticksDone) * SECOND;
                    if (tickAt > now) {
                        break;
                    }
                    // A hold shorter than the ticking time ticks only in the seconds it has.
                    if (tickAt > phaseStart) {
                        due.add(new CueEvent(Cue.TICK, tickAt, index));
                    }
                    ticksDone++;
                }
            }
            if (now < end) {
                return;
            }
            enter(nextIndex(index), end, false, due);
        }
    }

    /**
     * Begins phase {@code target} at {@code at}, or finishes when it is -1.
     *
     * @param paused whether to wait, paused, at its start instead of running
     */
    private void enter(int target, long at, boolean paused, List<CueEvent> due) {
        if (target < 0) {
            state = EngineState.FINISHED;
            index = plan.size() - 1;
            due.add(new CueEvent(Cue.END, at, index));
            return;
        }
        index = target;
        phaseStart = at;
        ticksDone = 0;
        if (!plan.phase(target).timed()) {
            state = EngineState.WAITING;
        } else if (paused) {
            state = EngineState.PAUSED;
            pausedAt = at;
        } else {
            state = EngineState.RUNNING;
        }
        due.add(new CueEvent(Cue.STEP_CHANGE, at, target));
    }

    private long elapsed(long now) {
        return switch (state) {
            case RUNNING -> Math.max(0, now - phaseStart);
            case PAUSED -> Math.max(0, pausedAt - phaseStart);
            case FINISHED -> plan.phase(index).durationNanos();
            case IDLE, WAITING -> 0;
        };
    }

    private int nextIndex(int from) {
        for (int i = from + 1; i < plan.size(); i++) {
            if (!excluded[i]) {
                return i;
            }
        }
        return -1;
    }

    private int previousIndex(int from) {
        for (int i = from - 1; i >= 0; i--) {
            if (!excluded[i]) {
                return i;
            }
        }
        return -1;
    }

    /**
     * After a stall several cues can fall due at once; sounding them all together helps no one.
     * The end always sounds; of the step changes only the latest; a tick only when nothing later
     * came due with it. The rest are dropped, never delayed to a later snapshot.
     */
    private static List<CueEvent> coalesce(List<CueEvent> due) {
        if (due.size() < 2) {
            return due;
        }
        List<CueEvent> sorted = new ArrayList<>(due);
        sorted.sort(Comparator.comparingLong(CueEvent::deadlineNanos));
        List<CueEvent> kept = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            CueEvent cue = sorted.get(i);
            boolean last = i == sorted.size() - 1;
            boolean laterChange = sorted.subList(i + 1, sorted.size()).stream().anyMatch(c -> c.cue() != Cue.TICK);
            boolean keep = switch (cue.cue()) {
                case END -> true;
                case STEP_CHANGE -> !laterChange;
                case TICK -> last;
            };
            if (keep) {
                kept.add(cue);
            }
        }
        return kept;
    }
}
