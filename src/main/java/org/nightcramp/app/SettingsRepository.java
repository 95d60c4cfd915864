package org.nightcramp.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.nightcramp.storage.JsonFileStore;
import org.nightcramp.storage.Loaded;

/** Reads and writes the user's settings as {@code settings.json} in the data folder. */
public final class SettingsRepository {

    public static final String FILE_NAME = "settings.json";
    /** A settings file is under 1 KB; a larger one is not the app's. */
    static final long MAX_BYTES = 64 * 1024;

    private final JsonFileStore<Settings> store;

    public SettingsRepository(Path dataDir, ObjectMapper mapper, Clock clock) {
        this.store = new JsonFileStore<>(dataDir.resolve(FILE_NAME), Settings.class, mapper,
                Settings::defaults, clock).upgradingWith(SettingsRepository::addCountry).limitedTo(MAX_BYTES);
    }

    /** The settings file's path, for messages that tell the user where to look. */
    public Path file() {
        return store.file();
    }

    /** The saved settings brought into range, with a notice if the file could not be used. */
    public Loaded<Settings> load() {
        return store.load().withValue(Settings::sanitized);
    }

    /**
     * The saved settings as they are, for the command line: nothing is set aside or restored,
     * and a missing or unusable file is simply none.
     */
    public Optional<Settings> peek() {
        try {
            return Optional.of(store.read().sanitized());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Settings saved before the country was asked for have none yet: the app asks for it. */
    private static JsonNode addCountry(JsonNode node) {
        if (node instanceof ObjectNode object && !object.has("country")) {
            object.put("country", Settings.COUNTRY_NOT_CHOSEN);
        }
        return node;
    }

    /** Saves {@code settings}, keeping the previous file as {@code settings.json.bak}. */
    public void save(Settings settings) throws IOException {
        store.save(settings);
    }
}
