package org.nightcramp.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nightcramp.storage.StoreNotice;
import org.nightcramp.storage.StrictJson;

class AnswersRepositoryTest {

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-24T02:30:00Z"), ZoneOffset.UTC);

    @Test
    void answersSurviveARoundTrip() throws Exception {
        AnswersRepository repo = new AnswersRepository(dir, StrictJson.create(), clock);
        Answers a = Answers.empty().withQuestion("cold.room", Answer.NOT_SURE)
                .withAboutYou("about.pregnant", Answer.NO).withLastStep("cause:cold");
        repo.save(a);
        assertEquals(a, new AnswersRepository(dir, StrictJson.create(), clock).load().value());
        assertTrue(Files.readString(dir.resolve("answers.json")).contains("\"not-sure\""));
    }

    @Test
    void aDamagedFileIsKeptAsideAndTheWizardStartsEmpty() throws Exception {
        Files.writeString(dir.resolve("answers.json"), "{\"schema\":1,\"questions\":{\"cold.room\":\"maybe\"}");
        var loaded = new AnswersRepository(dir, StrictJson.create(), clock).load();
        assertEquals(Answers.empty(), loaded.value());
        assertEquals(StoreNotice.Kind.RESET_TO_DEFAULTS, loaded.notice().orElseThrow().kind());
        assertTrue(Files.exists(loaded.notice().orElseThrow().keptAs().orElseThrow()));
    }
}
