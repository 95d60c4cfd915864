package org.nightcramp.wizard;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.nightcramp.assessment.Answer;
import org.nightcramp.assessment.Answers;
import org.nightcramp.assessment.AnswersRepository;
import org.nightcramp.assessment.CauseMatcher;
import org.nightcramp.assessment.Findings;
import org.nightcramp.content.Guide;

/**
 * The wizard's answers for the whole time the app runs: views come and go (a language switch
 * rebuilds them all), the answers and the step stay here, and every change is saved at once.
 * Used on the JavaFX thread, like the views that change it.
 */
public final class WizardSession {

    private static final System.Logger LOG = System.getLogger(WizardSession.class.getName());

    private final AnswersRepository repository;
    private final Guide reference;
    private final Consumer<Path> saveFailed;
    private final CauseMatcher matcher = new CauseMatcher();
    private final ReadOnlyObjectWrapper<Answers> answers;
    private String furthestStep;
    private boolean failing;

    /**
     * @param initial    the answers read at start-up
     * @param reference  the English guide, for judgements that must not depend on the language
     *                   (question flags are the same in every language)
     * @param saveFailed told the file when saving fails, once until a save works again
     */
    public WizardSession(AnswersRepository repository, Answers initial, Guide reference,
                         Consumer<Path> saveFailed) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.reference = Objects.requireNonNull(reference, "reference");
        this.saveFailed = Objects.requireNonNull(saveFailed, "saveFailed");
        this.answers = new ReadOnlyObjectWrapper<>(this, "answers", Objects.requireNonNull(initial, "initial"));
        this.furthestStep = initial.lastStep();
    }

    // Properties

    public ReadOnlyObjectProperty<Answers> answersProperty() {
        return answers.getReadOnlyProperty();
    }

    public Answers answers() {
        return answers.get();
    }

    /** The furthest step reached while the app runs, by id; "" before the first. */
    public String furthestStep() {
        return furthestStep;
    }

    /** What the answers add up to, in the words of the given guide. */
    public Findings findings(Guide guide) {
        return matcher.match(guide, answers.get());
    }

    /**
     * True when an answer points at a possible blood clot, so massage must not be suggested
     * anywhere (relief routine, advice sheet). Decided by {@link Findings#massageNotAdvised()}.
     */
    public boolean massageNotAdvised() {
        return findings(reference).massageNotAdvised();
    }

    // Commands

    public void answer(String questionId, Answer answer) {
        update(a -> a.withQuestion(questionId, answer));
    }

    public void answerAboutYou(String itemId, Answer answer) {
        update(a -> a.withAboutYou(itemId, answer));
    }

    /**
     * Remembers the step the person is on, so the app opens there next time.
     *
     * @param furthest the furthest step reached so far, kept for the step indicator
     */
    public void goTo(String stepId, String furthest) {
        furthestStep = furthest;
        update(a -> a.withLastStep(stepId));
    }

    /** Marks the wizard as done and moves to the summary. */
    public void finish(String summaryId) {
        furthestStep = summaryId;
        update(a -> a.withLastStep(summaryId).withFinished(true));
    }

    /** Forgets every answer; the caller has asked the person first. */
    public void startOver() {
        furthestStep = "";
        update(a -> Answers.empty());
    }

    private void update(UnaryOperator<Answers> change) {
        Answers next = change.apply(answers.get());
        if (next.equals(answers.get())) {
            return;
        }
        answers.set(next);
        try {
            repository.save(next);
            failing = false;
        } catch (IOException e) {
            LOG.log(System.Logger.Level.ERROR, "Cannot save the wizard's answers to " + repository.file(), e);
            // One notice per run of failures: a full disk should not repeat it on every click.
            if (!failing) {
                failing = true;
                saveFailed.accept(repository.file());
            }
        }
    }
}
