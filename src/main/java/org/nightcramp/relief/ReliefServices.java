package org.nightcramp.relief;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.nightcramp.storage.Loaded;
import org.nightcramp.storage.StoreNotice;

/**
 * What the relief panel keeps for the whole run of the app, across language switches: the
 * clock, the sound, the saved choices, and whether the person was already told there is no sound.
 */
public final class ReliefServices {

    private static final System.Logger LOG = System.getLogger(ReliefServices.class.getName());

    private final MonotonicClock clock;
    private final CuePlayer cues;
    private final ReliefPreferencesStore store;
    private ReliefPreferences preferences;
    private Optional<StoreNotice> loadNotice;
    private boolean soundNoticeShown;

    public ReliefServices(MonotonicClock clock, CuePlayer cues, ReliefPreferencesStore store) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.cues = Objects.requireNonNull(cues, "cues");
        this.store = Objects.requireNonNull(store, "store");
        Loaded<ReliefPreferences> loaded = store.load();
        this.preferences = loaded.value();
        this.loadNotice = loaded.notice();
    }

    /** The app's own: the JVM's monotonic clock, the default sound device, relief.json in {@code dataDir}. */
    public static ReliefServices forApp(Path dataDir, ObjectMapper mapper) {
        return new ReliefServices(MonotonicClock.system(), soundOrSilence(),
                new ReliefPreferencesStore(dataDir, mapper, Clock.systemDefaultZone()));
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
