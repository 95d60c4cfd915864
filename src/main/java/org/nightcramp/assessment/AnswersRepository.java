package org.nightcramp.assessment;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import org.nightcramp.storage.JsonFileStore;
import org.nightcramp.storage.Loaded;

/** The wizard's answers in {@code <dataDir>/answers.json}, written atomically as they change. */
public final class AnswersRepository {

    public static final String FILE_NAME = "answers.json";
    /** Every question answered is under 4 KB; a larger file is not the app's. */
    public static final long MAX_BYTES = 256 * 1024;

    private final JsonFileStore<Answers> store;

    public AnswersRepository(Path dataDir, ObjectMapper mapper, Clock clock) {
        this.store = store(dataDir.resolve(FILE_NAME), mapper, clock);
    }

    /**
     * Reads an answers file the person names, such as {@code --answers}, by the same rules as the
     * saved one (a regular file, at most {@link #MAX_BYTES}, any schema) and moves nothing.
     *
     * @throws java.nio.file.NoSuchFileException  when it is missing
     * @throws org.nightcramp.storage.RefusedFile when it is not a regular file or too large
     * @throws IOException                        naming the place when its content cannot be used
     */
    public static Answers read(Path file, ObjectMapper mapper) throws IOException {
        return store(file, mapper, Clock.systemUTC()).read();
    }

    private static JsonFileStore<Answers> store(Path file, ObjectMapper mapper, Clock clock) {
        return new JsonFileStore<>(file, Answers.class, mapper, Answers::empty, clock).limitedTo(MAX_BYTES);
    }

    public Loaded<Answers> load() {
        return store.load();
    }

    public void save(Answers answers) throws IOException {
        store.save(answers);
    }

    public Path file() {
        return store.file();
    }
}
