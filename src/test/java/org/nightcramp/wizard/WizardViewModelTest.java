package org.nightcramp.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nightcramp.assessment.Answer;
import org.nightcramp.assessment.Answers;
import org.nightcramp.assessment.AnswersRepository;
import org.nightcramp.assessment.Findings;
import org.nightcramp.content.Guide;
import org.nightcramp.content.Question;
import org.nightcramp.storage.StrictJson;

class WizardViewModelTest {

    private static final Guide EN = Guides.load("en");
    private static final Guide ZH = Guides.load("zh-CN");

    @TempDir
    Path dir;

    private WizardSession session;
    private final AtomicInteger helpOpened = new AtomicInteger();

    @BeforeEach
    void setUp() {
        AnswersRepository repo = new AnswersRepository(dir, StrictJson.create(), Clock.systemUTC());
        session = new WizardSession(repo, Answers.empty(), EN, file -> { });
    }

    private WizardViewModel model(Guide guide) {
        return new WizardViewModel(session, guide, helpOpened::incrementAndGet);
    }

    private static Question question(String id) {
        return EN.causes().stream().flatMap(c -> c.questions().stream())
                .filter(q -> q.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void startsAtTheStartWithNothingReached() {
        WizardViewModel m = model(EN);

        assertEquals(0, m.currentProperty().get());
        assertEquals("start", m.currentStepProperty().get().id());
        assertEquals(0, m.furthestProperty().get());
        assertFalse(m.hasProgressProperty().get());
        assertEquals(0, m.answeredCount());
        assertEquals(19, m.questionCount());
    }

    @Test
    void nextNeverAsksForAnAnswerAndFinishEndsAtTheSummary() {
        WizardViewModel m = model(EN);

        m.begin();
        for (int i = 1; i < 6; i++) {
            assertFalse(m.isLastQuestionStep(), "step " + i);
            m.next();
        }
        assertEquals("about-you", m.currentStepProperty().get().id());
        assertTrue(m.isLastQuestionStep());
        m.next();

        assertEquals("summary", m.currentStepProperty().get().id());
        assertTrue(session.answers().finished());
        assertTrue(m.findingsProperty().get().causes().isEmpty());
        m.next();
        assertEquals("summary", m.currentStepProperty().get().id(), "nothing after the summary");
    }

    @Test
    void backGoesOneStepAndStopsAtTheStart() {
        WizardViewModel m = model(EN);
        m.begin();
        m.next();

        m.back();
        assertEquals("cause:cold", m.currentStepProperty().get().id());
        m.back();
        m.back();
        assertEquals(0, m.currentProperty().get());
    }

    @Test
    void onlyStepsAlreadyReachedCanBeClicked() {
        WizardViewModel m = model(EN);
        m.begin();
        m.next();
        m.next();

        m.goTo(1);
        assertEquals(1, m.currentProperty().get());
        assertEquals(3, m.furthestProperty().get(), "going back keeps what was reached");
        m.goTo(3);
        assertEquals(3, m.currentProperty().get());
        m.goTo(6);
        assertEquals(3, m.currentProperty().get(), "no skipping ahead");
    }

    @Test
    void aYesToAClotSignOpensTheUrgentHelpOnce() {
        WizardViewModel m = model(EN);

        m.answer(question("blood-flow.varicose"), Answer.YES);
        assertEquals(0, helpOpened.get(), "not a clot sign");
        m.answer(question("blood-flow.one-leg-swollen"), Answer.NOT_SURE);
        assertEquals(0, helpOpened.get());
        m.answer(question("blood-flow.one-leg-swollen"), Answer.YES);
        assertEquals(1, helpOpened.get());
        m.answer(question("blood-flow.one-leg-swollen"), Answer.YES);
        assertEquals(1, helpOpened.get(), "the same answer again does not open it again");
        assertTrue(m.findingsProperty().get().massageNotAdvised());
    }

    @Test
    void answersUpdateTheFindings() {
        WizardViewModel m = model(EN);

        m.answer(question("posture.tucked-covers"), Answer.YES);
        m.answer(question("posture.pointed-toes"), Answer.YES);
        m.answerAboutYou("about.over-60", Answer.YES);

        Findings f = m.findingsProperty().get();
        assertEquals(List.of("posture"), f.causes().stream().map(c -> c.cause().id()).toList());
        assertEquals("ageing", f.otherFactors().get(0).id());
        assertEquals(3, m.answeredCount());
        assertTrue(m.hasProgressProperty().get());
    }

    @Test
    void aViewModelForAnotherLanguageCarriesOnAtTheSameStep() {
        WizardViewModel english = model(EN);
        english.begin();
        english.next();
        english.next();
        english.answer(question("calcium.low-intake"), Answer.YES);
        english.back();

        WizardViewModel chinese = model(ZH);

        assertEquals("cause:fatigue", chinese.currentStepProperty().get().id());
        assertEquals(3, chinese.furthestProperty().get());
        assertEquals(ZH.cause("calcium").orElseThrow().title(),
                chinese.findingsProperty().get().causes().get(0).cause().title());
    }

    @Test
    void afterARestartStepsWithAnswersCountAsReached() {
        Answers saved = Answers.empty().withQuestion("posture.heavy-quilt", Answer.NO).withLastStep("cause:cold");
        AnswersRepository repo = new AnswersRepository(dir, StrictJson.create(), Clock.systemUTC());
        session = new WizardSession(repo, saved, EN, file -> { });

        WizardViewModel m = model(EN);

        assertEquals(1, m.currentProperty().get());
        assertEquals(4, m.furthestProperty().get());
        m.resume();
        assertEquals("cause:posture", m.currentStepProperty().get().id());
    }

    @Test
    void aStepTheGuideNoLongerHasStartsAtTheStart() {
        AnswersRepository repo = new AnswersRepository(dir, StrictJson.create(), Clock.systemUTC());
        session = new WizardSession(repo, Answers.empty().withLastStep("cause:weather"), EN, file -> { });

        assertEquals(0, model(EN).currentProperty().get());
    }

    @Test
    void startOverGoesBackToTheStartWithNothing() {
        WizardViewModel m = model(EN);
        m.begin();
        m.answer(question("cold.room"), Answer.YES);
        m.next();

        m.startOver();

        assertEquals(0, m.currentProperty().get());
        assertEquals(0, m.furthestProperty().get());
        assertFalse(m.hasProgressProperty().get());
        assertEquals(Answers.empty(), m.answersProperty().get());
    }
}
