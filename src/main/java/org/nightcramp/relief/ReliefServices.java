package org.nightcramp.relief;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.nightcramp.relief.speech.Speaker;
import org.nightcramp.relief.system.ScreenInhibitors;
import org.nightcramp.storage.JsonFileStore;
import org.nightcramp.storage.Loaded;
import org.nightcramp.storage.StoreNotice;

/**
 * What the relief panel keeps for the whole run of the app, across language switches: the
 * clock, the sound and voice, the screen, the saved choices, and whether the person was already
 * told there is no sound or no voice.
 */
public final class ReliefServices {

    private static final System.Logger LOG = System.getLogger(ReliefServices.class.getName());

    private final MonotonicClock clock;
    private final CuePlayer cues;
    private final ReliefPreferencesStore store;
    private ReliefPreferences preferences;
    private Optional<StoreNotice> loadNotice;
    private boolean soundNoticeShown;
    private final ScreenInhibitor screen;
    private final Optional<JsonFileStore<VoiceSetting>> voiceStore;
    private VoiceSetting voice;
    private boolean voiceNoticeShown;
    private final java.util.List<java.util.function.Consumer<String>> finished = new java.util.ArrayList<>();
    private java.util.function.BiConsumer<String, HelpAnswer> helpAnswered = (id, answer) -> { };
    private Runnable reminderAsked = () -> { };

    /** Without a voice file or a screen to keep awake, as in tests of the routine alone. */
    public ReliefServices(MonotonicClock clock, CuePlayer cues, ReliefPreferencesStore store) {
        this(clock, cues, store, Optional.empty(), ScreenInhibitor.none());
    }

    /**
     * @param voiceStore where the Voice switch is kept; empty keeps it for this run only
     * @param screen     kept awake while a routine runs
     */
    public ReliefServices(MonotonicClock clock, CuePlayer cues, ReliefPreferencesStore store,
                          Optional<JsonFileStore<VoiceSetting>> voiceStore, ScreenInhibitor screen) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.cues = Objects.requireNonNull(cues, "cues");
        this.store = Objects.requireNonNull(store, "store");
        this.voiceStore = Objects.requireNonNull(voiceStore, "voiceStore");
        this.screen = Objects.requireNonNull(screen, "screen");
        Loaded<ReliefPreferences> loaded = store.load();
        this.preferences = loaded.value();
        this.loadNotice = loaded.notice();
        // A damaged voice.json only loses the switch, which starts off; the store keeps the file aside.
        this.voice = voiceStore.map(s -> s.load().value()).orElse(VoiceSetting.defaults());
    }

    /**
     * The app's own: the JVM's monotonic clock, the default sound device and this computer's
     * speech, its way to keep the screen awake, relief.json and voice.json in {@code dataDir}.
     */
    public static ReliefServices forApp(Path dataDir, ObjectMapper mapper) {
        MonotonicClock clock = MonotonicClock.system();
        CuePlayer cues = new SpeakingCuePlayer(soundOrSilence(), Speaker.forThisComputer(clock::nanos));
        return new ReliefServices(clock, cues, new ReliefPreferencesStore(dataDir, mapper, Clock.systemDefaultZone()),
                Optional.of(voiceStore(dataDir, mapper)), ScreenInhibitors.forThisComputer());
    }

    /** voice.json in {@code dataDir}. */
    public static JsonFileStore<VoiceSetting> voiceStore(Path dataDir, ObjectMapper mapper) {
        return new JsonFileStore<>(dataDir.resolve(VoiceSetting.FILE_NAME), VoiceSetting.class, mapper,
                VoiceSetting::defaults, Clock.systemDefaultZone()).limitedTo(VoiceSetting.MAX_BYTES);
    }

    /** A Java runtime built without java.desktop has no javax.sound at all: then the cues are visual only. */
    private static CuePlayer soundOrSilence() {
        try {
            return new SoundCuePlayer();
        } catch (LinkageError e) {
            LOG.log(Level.WARNING, "This Java runtime has no sound support; the routine's cues will be shown only: " + e);
            return new SilentCuePlayer();
        }
    }

    public MonotonicClock clock() {
        return clock;
    }

    public CuePlayer cues() {
        return cues;
    }

    public ScreenInhibitor screen() {
        return screen;
    }

    public boolean voiceOn() {
        return voice.on();
    }

    /** Keeps the Voice switch; false when it could not be written (logged), though it applies for this run. */
    public boolean saveVoice(boolean on) {
        voice = voice.withOn(on);
        if (voiceStore.isEmpty()) {
            return true;
        }
        try {
            voiceStore.get().save(voice);
            return true;
        } catch (IOException e) {
            LOG.log(Level.ERROR, "Cannot save the voice switch to " + voiceStore.get().file(), e);
            return false;
        }
    }

    /**
     * Told the routine's id each time a routine runs to its end, such as to offer a bedtime
     * reminder or to mark the stretch in the diary; each listener is added to the others.
     */
    public void onRoutineFinished(java.util.function.Consumer<String> listener) {
        finished.add(Objects.requireNonNull(listener, "listener"));
    }

    void routineFinished(String routineId) {
        finished.forEach(listener -> listener.accept(routineId));
    }

    /** Told the routine's id and the answer each time "Did it help?" is answered, such as to fill in the diary. */
    public void onHelpAnswered(java.util.function.BiConsumer<String, HelpAnswer> listener) {
        helpAnswered = Objects.requireNonNull(listener, "listener");
    }

    void helpAnswered(String routineId, HelpAnswer answer) {
        helpAnswered.accept(routineId, answer);
    }

    /** What the done page's "Bedtime reminder" link does; nothing until the app sets it. */
    public void onReminderAsked(Runnable action) {
        reminderAsked = Objects.requireNonNull(action, "action");
    }

    void askForReminder() {
        reminderAsked.run();
    }

    /** True the first time only: the no-voice notice is shown once per run of the app. */
    public boolean claimVoiceNotice() {
        boolean first = !voiceNoticeShown;
        voiceNoticeShown = true;
        return first;
    }

    public ReliefPreferences preferences() {
        return preferences;
    }

    public Path file() {
        return store.file();
    }

    /**
     * Keeps {@code changed} for this run and writes it to disk.
     *
     * @return false when it could not be written (logged); the choice still applies until the app closes
     */
    public boolean save(ReliefPreferences changed) {
        preferences = changed;
        try {
            store.save(changed);
            return true;
        } catch (IOException e) {
            LOG.log(Level.ERROR, "Cannot save the relief preferences to " + store.file(), e);
            return false;
        }
    }

    /** Why relief.json could not be used as it was, the first time only. */
    public Optional<StoreNotice> takeLoadNotice() {
        Optional<StoreNotice> notice = loadNotice;
        loadNotice = Optional.empty();
        return notice;
    }

    /** True the first time only: the no-sound notice is shown once per run of the app. */
    public boolean claimSoundNotice() {
        boolean first = !soundNoticeShown;
        soundNoticeShown = true;
        return first;
    }
}
