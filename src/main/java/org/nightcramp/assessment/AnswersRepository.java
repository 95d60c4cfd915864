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

    private final JsonFileStore<Answers> store;

    public AnswersRepository(Path dataDir, ObjectMapper mapper, Clock clock) {
        this.store = new JsonFileStore<>(dataDir.resolve(FILE_NAME), Answers.class, mapper,
                Answers::empty, clock);
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
