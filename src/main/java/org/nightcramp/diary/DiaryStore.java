package org.nightcramp.diary;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import org.nightcramp.storage.JsonFileStore;
import org.nightcramp.storage.Loaded;
import org.nightcramp.storage.StrictJson;

/**
 * Reads and writes {@code diary.json} in the data folder: atomically, keeping the previous save as
 * {@code diary.json.bak}, and setting a damaged file aside as {@code diary.json.corrupt-<time>}.
 */
public final class DiaryStore {

    public static final String FILE_NAME = "diary.json";
    /** Largest diary file read: years of nights with full notes in Chinese fit several times over. */
    public static final long MAX_FILE_BYTES = 16_000_000;

    private final JsonFileStore<Diary> store;

    /** @param clock names a damaged file's kept copy */
    public DiaryStore(Path dataDir, ObjectMapper mapper, Clock clock) {
        this.store = new JsonFileStore<>(dataDir.resolve(FILE_NAME), Diary.class, roomier(mapper), Diary::empty,
                clock);
    }

    /** The file, for messages that tell the person where to look. */
    public Path file() {
        return store.file();
    }

    /** The saved diary, an empty one when there is none, with a notice when the file could not be used. */
    public Loaded<Diary> load() {
        return store.load();
    }

    /** Saves atomically; call it the moment an entry is saved so nothing is lost if the app is killed. */
    public void save(Diary diary) throws IOException {
        store.save(diary);
    }

    /**
     * The same strict mapper with room for a long diary: the app's limit suits settings files,
     * and ten years of nightly entries are larger than that.
     */
    private static ObjectMapper roomier(ObjectMapper mapper) {
        ObjectMapper copy = mapper.copy();
        StreamReadConstraints strict = copy.getFactory().streamReadConstraints();
        copy.getFactory().setStreamReadConstraints(strict.rebuild()
                .maxDocumentLength(Math.max(MAX_FILE_BYTES, StrictJson.MAX_DOCUMENT_BYTES)).build());
        return copy;
    }
}
