package org.nightcramp.relief;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.nightcramp.content.Guide;
import org.nightcramp.content.Routine;
import org.nightcramp.navigation.Navigator;
import org.nightcramp.relief.speech.VoiceStatus;
import org.nightcramp.storage.StoreNotice;

/**
 * State and commands of the relief panel: which routine, the person's choices, the engine's run,
 * the cues and the answers. The panel calls {@link #refresh()} every frame while time passes.
 */
public final class ReliefViewModel {

    /** The routine F5 starts. */

    private final Guide guide;
    private final ReliefText text;
    private final ReliefServices services;
    private final BooleanSupplier massageNotAdvised;
    private final Navigator navigator;
    private final Clock wallClock;
    private final ReliefDisplay display;
    private final RoutineChoices choices;
    private final RoutineOutputs outputs;
    private RoutineEngine engine;
    /** Paused just after the stop for help, until the person goes on. */
    private boolean afterHelp;

    // Properties
    private final BooleanProperty muted = new SimpleBooleanProperty(this, "muted");
    private final BooleanProperty voice = new SimpleBooleanProperty(this, "voice");
    private final ReadOnlyBooleanWrapper soundAvailable = new ReadOnlyBooleanWrapper(this, "soundAvailable", true);
    private final ReadOnlyStringWrapper massageNote = new ReadOnlyStringWrapper(this, "massageNote", "");
    private final ReadOnlyObjectWrapper<CueEvent> lastCue = new ReadOnlyObjectWrapper<>(this, "lastCue");
    private final ReadOnlyObjectWrapper<HelpAnswer> helpAnswer = new ReadOnlyObjectWrapper<>(this, "helpAnswer");

    /**
     * @param massageNotAdvised whether the person's saved answers advise against massage; asked at each start
     * @param navigator         shows when to get medical help after a Yes at the clot check, and
     *                          notices the person should read but need not act on
     * @param wallClock         only stamps the "Did it help?" answers; the routine runs on the services' clock
     */
    public ReliefViewModel(Guide guide, ReliefText text, ReliefServices services, BooleanSupplier massageNotAdvised,
                           Navigator navigator, Clock wallClock) {
        this.guide = Objects.requireNonNull(guide, "guide");
        this.text = Objects.requireNonNull(text, "text");
        this.services = Objects.requireNonNull(services, "services");
        this.massageNotAdvised = Objects.requireNonNull(massageNotAdvised, "massageNotAdvised");
        this.navigator = Objects.requireNonNull(navigator, "navigator");
        this.wallClock = Objects.requireNonNull(wallClock, "wallClock");
        this.display = new ReliefDisplay(text, guide::safetyLines);
        this.outputs = new RoutineOutputs(services, text, Locale.forLanguageTag(guide.meta().locale()));
        voice.set(services.voiceOn());
        voice.addListener((obs, was, is) -> voiceChanged(is));
        muted.set(services.preferences().muted());
        muted.addListener((obs, was, is) -> {
            save(services.preferences().withMuted(is));
            if (!is) {
                services.cues().prepare();
            }
        });
        choices = new RoutineChoices(services, this::save, this::choicesChanged);
        services.takeLoadNotice().ifPresent(n -> navigator.showNotice(describe(n)));
        guide.routines().stream().findFirst().ifPresent(choices.routineProperty()::set);
    }

    // Properties

    public List<Routine> routines() {
        return guide.routines();
    }

    /** The routine and its hold choices; choosing another routine stops a run under way. */
    public RoutineChoices choices() {
        return choices;
    }

    public BooleanProperty mutedProperty() {
        return muted;
    }

    /** Whether each step is spoken as it starts, in the routine's language; remembered. */
    public BooleanProperty voiceProperty() {
        return voice;
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

    /** Pauses a running routine. */
    public void pause() {
        engine.pause();
        refresh();
    }

    /** The panel has left the screen: the routine pauses, falls silent and lets the screen blank. */
    public void leave() {
        pause();
        outputs.leave();
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
        guide.routine(Routine.CRAMP_NOW).or(() -> guide.routines().stream().findFirst()).ifPresent(this::startOrResume);
    }

    /** Starts the routine with this id at once ({@code --relief}); false when the guide has none. */
    public boolean startRoutine(String routineId) {
        Optional<Routine> wanted = guide.routine(routineId);
        wanted.ifPresent(this::startOrResume);
        return wanted.isPresent();
    }

    private void startOrResume(Routine wanted) {
        if (wanted.equals(routine()) && display.underWayProperty().get()) {
            if (engine.state() == EngineState.PAUSED) {
                engine.resume();
            }
            refresh();
            return;
        }
        choices.routineProperty().set(wanted);
        start();
    }

    /**
     * The clot check's answer: Yes leaves the massage out, stops the guiding and shows at once
     * when to get medical help; once that has been seen the routine waits, paused, for the person.
     */
    public void answerCheck(boolean warningSigns) {
        if (engine.state() != EngineState.WAITING || engine.heldForHelp()) {
            return;
        }
        CheckOutcome outcome = engine.answerCheck(warningSigns);
        massageNote.set(outcome == CheckOutcome.MASSAGE_SKIPPED ? text.get("relief.massage.skipped")
                : plannedNote(engine.plan()));
        refresh();
        if (outcome == CheckOutcome.MASSAGE_SKIPPED) {
            openHelpFirst();
        }
    }

    /** The stop's Get help: shows when to get medical help; only then may the routine go on. */
    public void openHelpFirst() {
        if (!engine.heldForHelp()) {
            return;
        }
        navigator.openHelp();
        engine.helpSeen();
        afterHelp = true;
        refresh();
    }

    /** The done page's "Bedtime reminder" link. */
    public void askForReminder() {
        services.askForReminder();
    }

    /** Keeps the answer to "Did it help?" with the time, for later use. */
    public void answerHelped(HelpAnswer answer) {
        if (engine.state() != EngineState.FINISHED || helpAnswer.get() != null) {
            return;
        }
        helpAnswer.set(answer);
        save(services.preferences().withAnswer(HelpRecord.of(wallClock.instant(), routine().id(), answer)));
    }

    /** Asks the engine where the routine is, sounds the cues that fell due, and shows it. */
    public void refresh() {
        long now = services.clock().nanos();
        Snapshot snapshot = engine.snapshot(now);
        outputs.deliver(snapshot, now, engine.plan(), !muted.get(), voice.get(), lastCue::set);
        afterHelp &= snapshot.state() == EngineState.PAUSED;
        if (snapshot.state() == EngineState.FINISHED && display.stateProperty().get() != EngineState.FINISHED) {
            services.routineFinished(routine().id());
        }
        display.show(snapshot, engine.plan(), afterHelp);
        boolean sound = services.cues().status() != SoundStatus.UNAVAILABLE;
        soundAvailable.set(sound);
        if (!sound && !muted.get() && snapshot.state() != EngineState.IDLE && services.claimSoundNotice()) {
            navigator.showNotice(text.get("relief.notice.noSound"));
        }
        if (voice.get() && snapshot.state() != EngineState.IDLE && outputs.voiceStatus() == VoiceStatus.UNAVAILABLE
                && services.claimVoiceNotice()) {
            navigator.showNotice(text.get("relief.notice.noVoice",
                    outputs.language().getDisplayLanguage(outputs.language())));
        }
    }

    private void start() {
        engine = new RoutineEngine(plan(), services.clock());
        massageNote.set(plannedNote(engine.plan()));
        helpAnswer.set(null);
        if (!muted.get()) {
            services.cues().prepare();
        }
        if (voice.get()) {
            services.cues().prepareVoice(outputs.language());
        }
        engine.start();
        refresh();
    }

    private Routine routine() {
        return choices.routineProperty().get();
    }

    private RoutinePlan plan() {
        return RoutinePlan.of(routine(), choices.options(massageNotAdvised.getAsBoolean()));
    }

    private String plannedNote(RoutinePlan plan) {
        return plan.massageLeftOut() ? text.get("relief.massage.leftOut") : "";
    }

    /** A run under way keeps the plan it started with, unless the routine itself was changed. */
    private void choicesChanged() {
        if (engine == null || !display.underWayProperty().get() || !engine.plan().routine().equals(routine())) {
            showIdle();
        }
    }

    /** A fresh run of the chosen routine, ready for Start. */
    private void showIdle() {
        engine = new RoutineEngine(plan(), services.clock());
        massageNote.set(plannedNote(engine.plan()));
        helpAnswer.set(null);
        refresh();
    }

    private void voiceChanged(boolean on) {
        if (!services.saveVoice(on)) {
            navigator.showNotice(text.get("relief.notice.voiceNotSaved", services.file().resolveSibling(VoiceSetting.FILE_NAME)));
        }
        if (on) {
            services.cues().prepareVoice(outputs.language());
        } else {
            services.cues().hush();
        }
    }

    private void save(ReliefPreferences changed) {
        if (!services.save(changed)) {
            navigator.showNotice(text.get("relief.notice.notSaved", services.file()));
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
