package org.nightcramp.reminder;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Clock;
import org.nightcramp.storage.JsonFileStore;

/** Reads and writes {@code reminder.json} in the data folder. */
public final class ReminderStore {

    private static final System.Logger LOG = System.getLogger(ReminderStore.class.getName());

    /** The file is under 200 bytes. */
    static final long MAX_BYTES = 64 * 1024;

    private final JsonFileStore<ReminderSettings> store;

    public ReminderStore(Path dataDir, ObjectMapper mapper, Clock clock) {
        this.store = new JsonFileStore<>(dataDir.resolve(ReminderSettings.FILE_NAME), ReminderSettings.class, mapper,
                ReminderSettings::defaults, clock).limitedTo(MAX_BYTES);
    }

    public Path file() {
        return store.file();
    }

    /** The saved settings; a damaged file is kept aside by the store and the reminder starts off. */
    public ReminderSettings load() {
        return store.load().value();
    }

    /** @return false when it could not be written (logged); the settings still apply until the app closes */
    public boolean save(ReminderSettings settings) {
        try {
            store.save(settings);
            return true;
        } catch (IOException e) {
            LOG.log(Level.ERROR, "Cannot save the bedtime reminder to " + store.file(), e);
            return false;
        }
    }
}
