package org.nightcramp.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import org.nightcramp.storage.JsonFileStore;
import org.nightcramp.storage.Loaded;

/** Reads and writes the user's settings as {@code settings.json} in the data folder. */
public final class SettingsRepository {

    public static final String FILE_NAME = "settings.json";

    private final JsonFileStore<Settings> store;

    public SettingsRepository(Path dataDir, ObjectMapper mapper, Clock clock) {
        this.store = new JsonFileStore<>(dataDir.resolve(FILE_NAME), Settings.class, mapper,
                Settings::defaults, clock);
    }

    /** The settings file's path, for messages that tell the user where to look. */
    public Path file() {
        return store.file();
    }

    /** The saved settings brought into range, with a notice if the file could not be used. */
    public Loaded<Settings> load() {
        return store.load().withValue(Settings::sanitized);
    }

    /** Saves {@code settings}, keeping the previous file as {@code settings.json.bak}. */
    public void save(Settings settings) throws IOException {
        store.save(settings);
    }
}
