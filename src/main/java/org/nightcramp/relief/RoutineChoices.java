package org.nightcramp.relief;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.nightcramp.content.Routine;
import org.nightcramp.content.RoutineStep;
import org.nightcramp.content.StepKind;

/**
 * The routine on the panel and the person's hold length and number of holds for it: the saved
 * choice when there is one, else the content's, and every change the person makes is saved.
 */
public final class RoutineChoices {

    private final ReliefServices services;
    private final Consumer<ReliefPreferences> save;
    private final Runnable changed;
    /** While a routine's saved choice is being shown, so showing it saves nothing. */
    private boolean loading;

    // Properties
    private final ObjectProperty<Routine> routine = new SimpleObjectProperty<>(this, "routine");
    private final IntegerProperty holdSeconds = new SimpleIntegerProperty(this, "holdSeconds");
    private final IntegerProperty repetitions = new SimpleIntegerProperty(this, "repetitions");
    private final ReadOnlyBooleanWrapper hasHolds = new ReadOnlyBooleanWrapper(this, "hasHolds");

    /**
     * @param save    keeps changed preferences
     * @param changed told once after each change of routine or choice
     */
    RoutineChoices(ReliefServices services, Consumer<ReliefPreferences> save, Runnable changed) {
        this.services = Objects.requireNonNull(services, "services");
        this.save = Objects.requireNonNull(save, "save");
        this.changed = Objects.requireNonNull(changed, "changed");
        routine.addListener((obs, old, now) -> load(now));
        holdSeconds.addListener((obs, old, now) -> edited());
        repetitions.addListener((obs, old, now) -> edited());
    }

    /** The routine on the panel. */
    public ObjectProperty<Routine> routineProperty() {
        return routine;
    }

    /** Seconds each hold lasts, from {@value PlanOptions#MIN_HOLD_SECONDS} to {@value PlanOptions#MAX_HOLD_SECONDS}. */
    public IntegerProperty holdSecondsProperty() {
        return holdSeconds;
    }

    /** Holds per hold step, from {@value PlanOptions#MIN_REPETITIONS} to {@value PlanOptions#MAX_REPETITIONS}. */
    public IntegerProperty repetitionsProperty() {
        return repetitions;
    }

    /** Whether the routine has holds, so the hold choices mean something. */
    public ReadOnlyBooleanProperty hasHoldsProperty() {
        return hasHolds.getReadOnlyProperty();
    }

    /** The plan these choices make for the routine on the panel. */
    PlanOptions options(boolean leaveOutMassage) {
        return hasHolds.get()
                ? PlanOptions.of(holdSeconds.get(), repetitions.get(), leaveOutMassage)
                : new PlanOptions(OptionalInt.empty(), OptionalInt.empty(), leaveOutMassage);
    }

    private void load(Routine chosen) {
        Optional<RoutineStep> hold = chosen.steps().stream().filter(s -> s.kind() == StepKind.HOLD).findFirst();
        RoutineChoice choice = services.preferences().choice(chosen.id())
                .orElseGet(() -> hold.map(s -> new RoutineChoice(s.seconds(), s.repetitions()))
                        .orElse(new RoutineChoice(PlanOptions.MIN_HOLD_SECONDS, 1)).sanitized());
        loading = true;
        try {
            hasHolds.set(hold.isPresent());
            holdSeconds.set(choice.holdSeconds());
            repetitions.set(choice.repetitions());
        } finally {
            loading = false;
        }
        changed.run();
    }

    private void edited() {
        if (loading || routine.get() == null) {
            return;
        }
        RoutineChoice choice = new RoutineChoice(holdSeconds.get(), repetitions.get());
        if (choice.equals(choice.sanitized())) {
            save.accept(services.preferences().withChoice(routine.get().id(), choice));
            changed.run();
        }
    }
}
