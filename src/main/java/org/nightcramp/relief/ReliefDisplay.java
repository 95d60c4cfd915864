package org.nightcramp.relief;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.nightcramp.content.Animation;
import org.nightcramp.content.SafetyPoint;
import org.nightcramp.content.SafetyText;

/**
 * What the panel shows, as read-only properties set from the engine's latest {@link Snapshot}.
 * Setting a property to the value it has fires nothing, so a refresh every frame is cheap.
 */
public final class ReliefDisplay {

    /** Which of the panel's faces is up: HELP is the stop for medical help after a clot sign. */
    public enum Screen { TIMER, CHECK, HELP, DONE }

    /** What the main button does now. */
    public enum PrimaryAction { START, PAUSE, RESUME }

    private final ReliefText text;
    private final Function<List<SafetyPoint>, List<String>> safetyWords;

    // Properties
    private final ReadOnlyObjectWrapper<EngineState> state = new ReadOnlyObjectWrapper<>(EngineState.IDLE);
    private final ReadOnlyObjectWrapper<Screen> screen = new ReadOnlyObjectWrapper<>(Screen.TIMER);
    private final ReadOnlyObjectWrapper<PrimaryAction> primaryAction = new ReadOnlyObjectWrapper<>(PrimaryAction.START);
    private final ReadOnlyObjectWrapper<PhaseKind> phaseKind = new ReadOnlyObjectWrapper<>(PhaseKind.GET_READY);
    private final ReadOnlyStringWrapper step = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper counter = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper instruction = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper safety = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper next = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper countdown = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper countdownAccessible = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper overall = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper illustration = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper part = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper resting = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper phaseProgress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyDoubleWrapper overallProgress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyDoubleWrapper partRotate = new ReadOnlyDoubleWrapper();
    private final ReadOnlyDoubleWrapper partTranslateX = new ReadOnlyDoubleWrapper();
    private final ReadOnlyDoubleWrapper partTranslateY = new ReadOnlyDoubleWrapper();
    private final ReadOnlyBooleanWrapper underWay = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canSkip = new ReadOnlyBooleanWrapper();

    /** @param safetyWords the guide's one wording of each safety point, in the order given */
    ReliefDisplay(ReliefText text, Function<List<SafetyPoint>, List<String>> safetyWords) {
        this.text = text;
        this.safetyWords = safetyWords;
    }

    /** Shows {@code snapshot} of a run of {@code plan}. */
    void show(Snapshot snapshot, RoutinePlan plan) {
        show(snapshot, plan, false);
    }

    /** @param afterHelp paused just after the stop for help: the status says to get help, not just how to go on */
    void show(Snapshot snapshot, RoutinePlan plan, boolean afterHelp) {
        Phase phase = snapshot.phase();
        EngineState now = snapshot.state();
        state.set(now);
        screen.set(now == EngineState.WAITING ? (phase.kind() == PhaseKind.HELP_FIRST ? Screen.HELP : Screen.CHECK)
                : now == EngineState.FINISHED ? Screen.DONE : Screen.TIMER);
        // At the clot check the routine is under way but nothing runs: the button reads Pause, and is off.
        primaryAction.set(now == EngineState.RUNNING || now == EngineState.WAITING ? PrimaryAction.PAUSE
                : now == EngineState.PAUSED ? PrimaryAction.RESUME : PrimaryAction.START);
        phaseKind.set(phase.kind());
        step.set(text.step(phase, plan.stepCount()));
        title.set(text.title(phase));
        counter.set(text.counter(phase));
        instruction.set(text.instruction(phase));
        safety.set(safetyOf(phase));
        next.set(text.next(snapshot.next()));
        long seconds = now == EngineState.IDLE ? TimeUnit.NANOSECONDS.toSeconds(phase.durationNanos()) : snapshot.secondsLeft();
        countdown.set(phase.timed() ? text.countdown(seconds) : "");
        countdownAccessible.set(phase.timed() ? text.get("relief.countdown.accessible", seconds) : "");
        status.set(switch (now) {
            case IDLE -> text.get("relief.status.idle", text.duration(TimeUnit.NANOSECONDS.toSeconds(plan.plannedNanos())));
            case PAUSED -> text.get(afterHelp ? "relief.status.afterHelp" : "relief.status.paused");
            case RUNNING, WAITING, FINISHED -> "";
        });
        overall.set(now == EngineState.FINISHED ? text.get("relief.overall.done")
                : text.get("relief.overall", text.duration(snapshot.overallSecondsLeft())));
        phaseProgress.set(snapshot.phaseProgress());
        overallProgress.set(snapshot.overallProgress());
        illustration.set(phase.step().illustration());
        Animation animation = animation(phase, snapshot.next());
        resting.set((animation == Animation.STRETCH || animation == Animation.FLEX)
                && (phase.kind() == PhaseKind.REST || phase.step().animation() == Animation.NONE));
        part.set(Motion.partName(animation).orElse(""));
        Pose pose = Motion.pose(animation, phase.kind(), snapshot.elapsedNanos());
        partRotate.set(pose.rotate());
        partTranslateX.set(pose.translateX());
        partTranslateY.set(pose.translateY());
        underWay.set(now == EngineState.RUNNING || now == EngineState.PAUSED || now == EngineState.WAITING);
        running.set(now == EngineState.RUNNING);
        canSkip.set(now == EngineState.RUNNING || now == EngineState.PAUSED);
    }

    /**
     * The step's safety points in the guide's wording, beside the step and its get-ready count (a
     * rest or the stop for help has its own words). At the clot check they say what a Yes means.
     */
    private String safetyOf(Phase phase) {
        if (phase.kind() == PhaseKind.REST || phase.kind() == PhaseKind.HELP_FIRST) {
            return "";
        }
        return SafetyText.join("", safetyWords.apply(phase.step().safety()));
    }

    /**
     * A still step shows its drawing as the next step will start it, so the foot is already relaxed
     * before the first pull and nothing jumps when the pull begins.
     */
    private static Animation animation(Phase phase, Optional<Phase> next) {
        Animation own = phase.step().animation();
        if (own != Animation.NONE) {
            return own;
        }
        return next.filter(n -> n.step().illustration().equals(phase.step().illustration()))
                .map(n -> n.step().animation()).orElse(Animation.NONE);
    }

    public ReadOnlyObjectProperty<EngineState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Screen> screenProperty() {
        return screen.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PrimaryAction> primaryActionProperty() {
        return primaryAction.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PhaseKind> phaseKindProperty() {
        return phaseKind.getReadOnlyProperty();
    }

    /** "Step 2 of 5 · The cramped leg". */
    public ReadOnlyStringProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** "Hold 2 of 3", or empty. */
    public ReadOnlyStringProperty counterProperty() {
        return counter.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty instructionProperty() {
        return instruction.getReadOnlyProperty();
    }

    /** The step's safety points in the guide's one wording; empty when it has none. */
    public ReadOnlyStringProperty safetyProperty() {
        return safety.getReadOnlyProperty();
    }

    /** "Next: Ease off, 10 s". */
    public ReadOnlyStringProperty nextProperty() {
        return next.getReadOnlyProperty();
    }

    /** The big digits; empty at the clot check. */
    public ReadOnlyStringProperty countdownProperty() {
        return countdown.getReadOnlyProperty();
    }

    /** The digits for a screen reader: "27 seconds left". */
    public ReadOnlyStringProperty countdownAccessibleProperty() {
        return countdownAccessible.getReadOnlyProperty();
    }

    /** How to go on before the start and while paused; empty while it runs. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** "About 3:20 left". */
    public ReadOnlyStringProperty overallProperty() {
        return overall.getReadOnlyProperty();
    }

    /** The drawing's file name, such as {@code toe-pull.svg}. */
    public ReadOnlyStringProperty illustrationProperty() {
        return illustration.getReadOnlyProperty();
    }

    /**
     * True between holds and while getting ready for one: the person has let go of the stretch or
     * the pull, and the panel shows the drawing's resting pose ({@code toe-pull-rest.svg}).
     */
    public ReadOnlyBooleanProperty restingProperty() {
        return resting.getReadOnlyProperty();
    }

    /** The drawing's moving part, such as {@code foot}, or empty. */
    public ReadOnlyStringProperty partProperty() {
        return part.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty phaseProgressProperty() {
        return phaseProgress.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty overallProgressProperty() {
        return overallProgress.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty partRotateProperty() {
        return partRotate.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty partTranslateXProperty() {
        return partTranslateX.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty partTranslateYProperty() {
        return partTranslateY.getReadOnlyProperty();
    }

    /** Running, paused or at the clot check: the routine and its settings are fixed until it stops. */
    public ReadOnlyBooleanProperty underWayProperty() {
        return underWay.getReadOnlyProperty();
    }

    /** Whether time is passing, so the panel must keep asking the engine. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canSkipProperty() {
        return canSkip.getReadOnlyProperty();
    }
}
