package org.nightcramp.relief;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import org.nightcramp.storage.JsonFileStore;
import org.nightcramp.storage.Loaded;

/** Reads and writes the relief panel's {@code relief.json} in the data folder. */
public final class ReliefPreferencesStore {

    public static final String FILE_NAME = "relief.json";
    /** A full history of 1,000 answers is about 100 KB. */
    static final long MAX_BYTES = 1_000_000;

    private final JsonFileStore<ReliefPreferences> store;

    /** @param clock names a damaged file's kept copy; never used for the routine's timing */
    public ReliefPreferencesStore(Path dataDir, ObjectMapper mapper, Clock clock) {
        this.store = new JsonFileStore<>(dataDir.resolve(FILE_NAME), ReliefPreferences.class, mapper,
                ReliefPreferences::defaults, clock).limitedTo(MAX_BYTES);
    }

    /** The file, for messages that tell the person where to look. */
    public Path file() {
        return store.file();
    }

    /** The saved preferences brought into range, with a notice when the file could not be used. */
    public Loaded<ReliefPreferences> load() {
        return store.load().withValue(ReliefPreferences::sanitized);
    }

    /** Saves atomically, keeping the previous file as {@code relief.json.bak}. */
    public void save(ReliefPreferences preferences) throws IOException {
        store.save(preferences);
    }
}
