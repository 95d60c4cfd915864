package org.nightcramp.wizard;

import java.util.Objects;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.nightcramp.assessment.Answer;
import org.nightcramp.assessment.Answers;
import org.nightcramp.assessment.Findings;
import org.nightcramp.content.Guide;
import org.nightcramp.content.Question;
import org.nightcramp.content.QuestionFlag;

/**
 * The wizard in one language: which step shows, which steps may be clicked, and the commands
 * of the buttons. The state itself lives in the {@link WizardSession}, so a new view model for
 * another language carries on at the same step with the same answers.
 */
public final class WizardViewModel {

    private final WizardSession session;
    private final Guide guide;
    private final WizardSteps steps;
    private final Runnable openUrgentHelp;

    private final ReadOnlyIntegerWrapper current = new ReadOnlyIntegerWrapper(this, "current");
    private final ReadOnlyObjectWrapper<WizardStep> currentStep = new ReadOnlyObjectWrapper<>(this, "currentStep");
    private final ReadOnlyIntegerWrapper furthest = new ReadOnlyIntegerWrapper(this, "furthest");
    private final ReadOnlyObjectWrapper<Answers> answers = new ReadOnlyObjectWrapper<>(this, "answers");
    private final ReadOnlyObjectWrapper<Findings> findings = new ReadOnlyObjectWrapper<>(this, "findings");
    private final ReadOnlyBooleanWrapper hasProgress = new ReadOnlyBooleanWrapper(this, "hasProgress");
    // Held here: the session holds it only weakly, so a view model of an old language can go.
    private final InvalidationListener onAnswers = o -> refresh();

    /** @param openUrgentHelp shows the urgent help panel when a clot sign is answered Yes */
    public WizardViewModel(WizardSession session, Guide guide, Runnable openUrgentHelp) {
        this.session = Objects.requireNonNull(session, "session");
        this.guide = Objects.requireNonNull(guide, "guide");
        this.steps = WizardSteps.from(guide);
        this.openUrgentHelp = Objects.requireNonNull(openUrgentHelp, "openUrgentHelp");
        session.answersProperty().addListener(new WeakInvalidationListener(onAnswers));
        refresh();
    }

    // Properties

    public Guide guide() {
        return guide;
    }

    public WizardSteps steps() {
        return steps;
    }

    /** The position of the step shown, from 0 (start) to the summary. */
    public ReadOnlyIntegerProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<WizardStep> currentStepProperty() {
        return currentStep.getReadOnlyProperty();
    }

    /** The furthest step reached: every step up to it can be clicked in the step indicator. */
    public ReadOnlyIntegerProperty furthestProperty() {
        return furthest.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Answers> answersProperty() {
        return answers.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Findings> findingsProperty() {
        return findings.getReadOnlyProperty();
    }

    /** True once the person has answered something or gone past the start. */
    public ReadOnlyBooleanProperty hasProgressProperty() {
        return hasProgress.getReadOnlyProperty();
    }

    public boolean isLastQuestionStep() {
        return current.get() == steps.last() - 1;
    }

    /** How many of the guide's questions have an answer, for "welcome back". */
    public int answeredCount() {
        Answers a = answers.get();
        return (int) steps.all().stream().flatMap(s -> s.questionIds().stream())
                .filter(id -> a.question(id).isPresent() || a.aboutYou(id).isPresent())
                .count();
    }

    public int questionCount() {
        return (int) steps.all().stream().mapToLong(s -> s.questionIds().size()).sum();
    }

    // Commands

    public void next() {
        if (current.get() + 1 == steps.last()) {
            session.finish(steps.get(steps.last()).id());
        } else if (current.get() < steps.last()) {
            goTo(current.get() + 1);
        }
    }

    public void back() {
        if (current.get() > 0) {
            goTo(current.get() - 1);
        }
    }

    /** Shows a step already reached; later steps are not skipped to. */
    public void goTo(int index) {
        if (index < 0 || index > Math.max(furthest.get(), current.get() + 1)) {
            return;
        }
        int reached = Math.max(furthest.get(), index);
        session.goTo(steps.get(index).id(), steps.get(reached).id());
    }

    /** From the start page: the first cause. */
    public void begin() {
        goTo(1);
    }

    /** From the start page: the furthest step reached before. */
    public void resume() {
        goTo(Math.max(1, furthest.get()));
    }

    /** Answers a cause's question; a Yes to a possible clot opens the urgent help at once. */
    public void answer(Question question, Answer answer) {
        Answer before = answers.get().question(question.id()).orElse(null);
        session.answer(question.id(), answer);
        if (question.flag() == QuestionFlag.CLOT_SIGN && answer == Answer.YES && before != Answer.YES) {
            openUrgentHelp.run();
        }
    }

    public void answerAboutYou(String itemId, Answer answer) {
        session.answerAboutYou(itemId, answer);
    }

    /** Forgets every answer and goes back to the start; the view asks the person first. */
    public void startOver() {
        session.startOver();
    }

    private void refresh() {
        Answers a = session.answers();
        answers.set(a);
        int index = Math.max(0, steps.indexOf(a.lastStep()));
        int reached = Math.max(index, steps.indexOf(session.furthestStep()));
        for (int i = 0; i < steps.size(); i++) {
            // After a restart, a step with an answer was surely visited.
            if (steps.get(i).questionIds().stream().anyMatch(id -> a.question(id).isPresent() || a.aboutYou(id).isPresent())) {
                reached = Math.max(reached, i);
            }
        }
        if (a.finished()) {
            reached = steps.last();
        }
        findings.set(session.findings(guide));
        furthest.set(reached);
        hasProgress.set(!a.isEmpty() || reached > 0);
        // Last, so a page built for the new step sees the findings and the reach already.
        current.set(index);
        currentStep.set(steps.get(index));
    }
}
