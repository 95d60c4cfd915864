package org.nightcramp.relief;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.nightcramp.content.Guide;
import org.nightcramp.content.Routine;
import org.nightcramp.content.RoutineStep;
import org.nightcramp.content.StepKind;
import org.nightcramp.storage.StoreNotice;

/**
 * State and commands of the relief panel: which routine, the person's choices, the engine's run,
 * the cues and the answers. The panel calls {@link #refresh()} every frame while time passes.
 */
public final class ReliefViewModel {

    /** The routine F5 starts. */
    public static final String CRAMP_NOW = "cramp-now";

    private final Guide guide;
    private final ReliefText text;
    private final ReliefServices services;
    private final BooleanSupplier massageNotAdvised;
    private final Runnable openHelp;
    private final Consumer<String> notice;
    private final Clock wallClock;
    private final ReliefDisplay display;
    private RoutineEngine engine;
    /** While the choices are set from a routine's saved ones, so setting them saves nothing. */
    private boolean loadingChoices;

    // Properties
    private final ObjectProperty<Routine> routine = new SimpleObjectProperty<>(this, "routine");
    private final IntegerProperty holdSeconds = new SimpleIntegerProperty(this, "holdSeconds");
    private final IntegerProperty repetitions = new SimpleIntegerProperty(this, "repetitions");
    private final ReadOnlyBooleanWrapper hasHolds = new ReadOnlyBooleanWrapper(this, "hasHolds");
    private final BooleanProperty muted = new SimpleBooleanProperty(this, "muted");
    private final ReadOnlyBooleanWrapper soundAvailable = new ReadOnlyBooleanWrapper(this, "soundAvailable", true);
    private final ReadOnlyStringWrapper massageNote = new ReadOnlyStringWrapper(this, "massageNote", "");
    private final ReadOnlyObjectWrapper<CueEvent> lastCue = new ReadOnlyObjectWrapper<>(this, "lastCue");
    private final ReadOnlyObjectWrapper<HelpAnswer> helpAnswer = new ReadOnlyObjectWrapper<>(this, "helpAnswer");

    /**
     * @param massageNotAdvised whether the person's saved answers advise against massage; asked at each start
     * @param openHelp          shows when to get medical help, after a Yes at the clot check
     * @param notice            shows a line the person should read but need not act on
     * @param wallClock         only stamps the "Did it help?" answers; the routine runs on the services' clock
     */
    public ReliefViewModel(Guide guide, ReliefText text, ReliefServices services, BooleanSupplier massageNotAdvised,
                           Runnable openHelp, Consumer<String> notice, Clock wallClock) {
        this.guide = Objects.requireNonNull(guide, "guide");
        this.text = Objects.requireNonNull(text, "text");
        this.services = Objects.requireNonNull(services, "services");
        this.massageNotAdvised = Objects.requireNonNull(massageNotAdvised, "massageNotAdvised");
        this.openHelp = Objects.requireNonNull(openHelp, "openHelp");
        this.notice = Objects.requireNonNull(notice, "notice");
        this.wallClock = Objects.requireNonNull(wallClock, "wallClock");
        this.display = new ReliefDisplay(text);
        muted.set(services.preferences().muted());
        muted.addListener((obs, was, is) -> {
            save(services.preferences().withMuted(is));
            if (!is) {
                services.cues().prepare();
            }
        });
        routine.addListener((obs, old, now) -> loadChoices(now));
        holdSeconds.addListener((obs, old, now) -> choicesChanged());
        repetitions.addListener((obs, old, now) -> choicesChanged());
        services.takeLoadNotice().ifPresent(n -> notice.accept(describe(n)));
        guide.routines().stream().findFirst().ifPresent(routine::set);
    }

    // Properties

    public List<Routine> routines() {
        return guide.routines();
    }

    /** The routine on the panel; choosing another stops a run under way and shows it ready to start. */
    public ObjectProperty<Routine> routineProperty() {
        return routine;
    }

    public IntegerProperty holdSecondsProperty() {
        return holdSeconds;
    }

    public IntegerProperty repetitionsProperty() {
        return repetitions;
    }

    /** Whether the routine has holds, so the hold choices mean something. */
    public ReadOnlyBooleanProperty hasHoldsProperty() {
        return hasHolds.getReadOnlyProperty();
    }

    public BooleanProperty mutedProperty() {
        return muted;
    }

    /** False once the computer turned out to have no sound: the cues are visual only. */
    public ReadOnlyBooleanProperty soundAvailableProperty() {
        return soundAvailable.getReadOnlyProperty();
    }

    /** Why the massage is not in this run, or empty. */
    public ReadOnlyStringProperty massageNoteProperty() {
        return massageNote.getReadOnlyProperty();
    }

    /** The latest cue, for the panel's visual cue; set even when muted. */
    public ReadOnlyObjectProperty<CueEvent> lastCueProperty() {
        return lastCue.getReadOnlyProperty();
    }

    /** The answer to "Did it help?" in this run, or null. */
    public ReadOnlyObjectProperty<HelpAnswer> helpAnswerProperty() {
        return helpAnswer.getReadOnlyProperty();
    }

    public ReliefDisplay display() {
        return display;
    }

    public ReliefText text() {
        return text;
    }

    // Commands

    /** Space: start, pause or resume. */
    public void toggle() {
        EngineState state = engine.state();
        if (state == EngineState.IDLE || state == EngineState.FINISHED) {
            start();
        } else {
            engine.toggle();
            refresh();
        }
    }

    /** Pauses a running routine, as when the person leaves the panel. */
    public void pause() {
        engine.pause();
        refresh();
    }

    public void back() {
        engine.back();
        refresh();
    }

    public void skip() {
        engine.skip();
        refresh();
    }

    public void restart() {
        start();
    }

    public void stop() {
        engine.stop();
        massageNote.set(plannedNote(engine.plan()));
        refresh();
    }

    /** Starts "Cramp now" at once (F5), unless it is already under way, in which case it goes on. */
    public void startCrampNow() {
        Optional<Routine> crampNow = guide.routine(CRAMP_NOW).or(() -> guide.routines().stream().findFirst());
        if (crampNow.isEmpty()) {
            return;
        }
        if (crampNow.get().equals(routine.get()) && display.underWayProperty().get()) {
            if (engine.state() == EngineState.PAUSED) {
                engine.resume();
            }
            refresh();
            return;
        }
        routine.set(crampNow.get());
        start();
    }

    /** The clot check's answer: Yes leaves the massage out and shows when to get medical help. */
    public void answerCheck(boolean warningSigns) {
        if (engine.state() != EngineState.WAITING) {
            return;
        }
        CheckOutcome outcome = engine.answerCheck(warningSigns);
        massageNote.set(outcome == CheckOutcome.MASSAGE_SKIPPED ? text.get("relief.massage.skipped")
                : plannedNote(engine.plan()));
        refresh();
        if (outcome == CheckOutcome.MASSAGE_SKIPPED) {
            openHelp.run();
        }
    }

    /** Keeps the answer to "Did it help?" with the time, for later use. */
    public void answerHelped(HelpAnswer answer) {
        if (engine.state() != EngineState.FINISHED || helpAnswer.get() != null) {
            return;
        }
        helpAnswer.set(answer);
        save(services.preferences().withAnswer(HelpRecord.of(wallClock.instant(), routine.get().id(), answer)));
    }

    /** Asks the engine where the routine is, sounds the cues that fell due, and shows it. */
    public void refresh() {
        Snapshot snapshot = engine.snapshot(services.clock().nanos());
        for (CueEvent cue : snapshot.cues()) {
            lastCue.set(cue);
            if (!muted.get()) {
                services.cues().play(cue.cue());
            }
        }
        display.show(snapshot, engine.plan());
        boolean sound = services.cues().status() != SoundStatus.UNAVAILABLE;
        soundAvailable.set(sound);
        if (!sound && !muted.get() && snapshot.state() != EngineState.IDLE && services.claimSoundNotice()) {
            notice.accept(text.get("relief.notice.noSound"));
        }
    }

    private void start() {
        engine = new RoutineEngine(plan(routine.get()), services.clock());
        massageNote.set(plannedNote(engine.plan()));
        helpAnswer.set(null);
        if (!muted.get()) {
            services.cues().prepare();
        }
        engine.start();
        refresh();
    }

    private RoutinePlan plan(Routine chosen) {
        PlanOptions options = hasHolds.get()
                ? PlanOptions.of(holdSeconds.get(), repetitions.get(), massageNotAdvised.getAsBoolean())
                : new PlanOptions(java.util.OptionalInt.empty(), java.util.OptionalInt.empty(),
                        massageNotAdvised.getAsBoolean());
        return RoutinePlan.of(chosen, options);
    }

    private String plannedNote(RoutinePlan plan) {
        return plan.massageLeftOut() ? text.get("relief.massage.leftOut") : "";
    }

    private void loadChoices(Routine chosen) {
        Optional<RoutineStep> hold = chosen.steps().stream().filter(s -> s.kind() == StepKind.HOLD).findFirst();
        RoutineChoice choice = services.preferences().choice(chosen.id())
                .orElseGet(() -> hold.map(s -> new RoutineChoice(s.seconds(), s.repetitions()))
                        .orElse(new RoutineChoice(PlanOptions.MIN_HOLD_SECONDS, 1)).sanitized());
        loadingChoices = true;
        try {
            hasHolds.set(hold.isPresent());
            holdSeconds.set(choice.holdSeconds());
            repetitions.set(choice.repetitions());
        } finally {
            loadingChoices = false;
        }
        showIdle();
    }

    private void choicesChanged() {
        if (loadingChoices || routine.get() == null) {
            return;
        }
        RoutineChoice choice = new RoutineChoice(holdSeconds.get(), repetitions.get());
        if (!choice.equals(choice.sanitized())) {
            return;
        }
        save(services.preferences().withChoice(routine.get().id(), choice));
        // A run under way keeps the plan it started with; the choice applies from the next start.
        if (!display.underWayProperty().get()) {
            showIdle();
        }
    }

    /** A fresh run of the chosen routine, ready for Start. */
    private void showIdle() {
        engine = new RoutineEngine(plan(routine.get()), services.clock());
        massageNote.set(plannedNote(engine.plan()));
        helpAnswer.set(null);
        refresh();
    }

    private void save(ReliefPreferences changed) {
        if (!services.save(changed)) {
            notice.accept(text.get("relief.notice.notSaved", services.file()));
        }
    }

    private String describe(StoreNotice n) {
        String key = switch (n.kind()) {
            case RESTORED_FROM_BACKUP -> "relief.notice.restored";
            case RESET_TO_DEFAULTS -> "relief.notice.reset";
            case UNREADABLE -> "relief.notice.unreadable";
        };
        return text.get(key, n.file(), n.keptAs().map(Object::toString).orElse(""));
    }
}
