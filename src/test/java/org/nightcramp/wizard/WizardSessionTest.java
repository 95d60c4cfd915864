package org.nightcramp.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nightcramp.assessment.Answer;
import org.nightcramp.assessment.Answers;
import org.nightcramp.assessment.AnswersRepository;
import org.nightcramp.content.Guide;
import org.nightcramp.storage.StrictJson;

class WizardSessionTest {

    private static final Guide EN = Guides.load("en");
    private static final Guide ZH = Guides.load("zh-CN");
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-24T02:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final List<Path> failures = new ArrayList<>();

    private WizardSession session(Path dataDir) {
        AnswersRepository repo = new AnswersRepository(dataDir, StrictJson.create(), clock);
        return new WizardSession(repo, repo.load().value(), EN, failures::add);
    }

    private Answers saved() {
        return new AnswersRepository(dir, StrictJson.create(), clock).load().value();
    }

    @Test
    void everyAnswerAndEveryStepIsSavedAtOnce() {
        WizardSession s = session(dir);

        s.goTo("cause:cold", "cause:cold");
        assertEquals("cause:cold", saved().lastStep());
        s.answer("cold.room", Answer.YES);
        assertEquals(Answer.YES, saved().question("cold.room").orElseThrow());
        s.answerAboutYou("about.pregnant", Answer.NOT_SURE);
        assertEquals(Answer.NOT_SURE, saved().aboutYou("about.pregnant").orElseThrow());
        s.finish("summary");
        assertTrue(saved().finished());
        assertEquals("summary", saved().lastStep());
        assertEquals(List.of(), failures);
    }

    @Test
    void aNewSessionCarriesOnFromTheFile() {
        WizardSession first = session(dir);
        first.goTo("cause:calcium", "cause:calcium");
        first.answer("calcium.low-intake", Answer.NO);

        WizardSession again = session(dir);

        assertEquals(first.answers(), again.answers());
        assertEquals("cause:calcium", again.furthestStep());
    }

    @Test
    void startOverForgetsEverythingAndSavesThat() {
        WizardSession s = session(dir);
        s.answer("cold.room", Answer.YES);
        s.goTo("cause:fatigue", "cause:fatigue");

        s.startOver();

        assertEquals(Answers.empty(), s.answers());
        assertEquals(Answers.empty(), saved());
        assertEquals("", s.furthestStep());
    }

    @Test
    void aFailedSaveIsReportedOnceUntilSavingWorksAgain() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("data"), "a file where the folder should be");
        WizardSession s = session(notAFolder);

        s.answer("cold.room", Answer.YES);
        s.answer("cold.uncovered", Answer.YES);

        assertEquals(List.of(notAFolder.resolve(AnswersRepository.FILE_NAME).toAbsolutePath()), failures);
        assertEquals(Answer.YES, s.answers().question("cold.uncovered").orElseThrow(), "kept in memory");
    }

    @Test
    void massageIsNotAdvisedAfterAYesToAClotSign() {
        WizardSession s = session(dir);
        assertFalse(s.massageNotAdvised());

        s.answer("blood-flow.pain-flexing", Answer.NOT_SURE);
        assertFalse(s.massageNotAdvised());
        s.answer("blood-flow.pain-flexing", Answer.YES);
        assertTrue(s.massageNotAdvised());
        assertTrue(s.findings(ZH).massageNotAdvised(), "the same in every language");
    }

    @Test
    void findingsAreInTheLanguageAsked() {
        WizardSession s = session(dir);
        s.answer("cold.room", Answer.YES);

        assertEquals(EN.cause("cold").orElseThrow().title(), s.findings(EN).causes().get(0).cause().title());
        assertEquals(ZH.cause("cold").orElseThrow().title(), s.findings(ZH).causes().get(0).cause().title());
    }

    @Test
    void anUnchangedAnswerWritesNothing() throws Exception {
        WizardSession s = session(dir);
        s.answer("cold.room", Answer.YES);
        Files.delete(dir.resolve(AnswersRepository.FILE_NAME));

        s.answer("cold.room", Answer.YES);

        assertFalse(Files.exists(dir.resolve(AnswersRepository.FILE_NAME)));
    }
}
