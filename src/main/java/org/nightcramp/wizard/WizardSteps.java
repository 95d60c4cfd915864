package org.nightcramp.wizard;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nightcramp.content.Cause;
import org.nightcramp.content.Guide;

/**
 * The wizard's pages in order: start, one per cause in the guide's order, "About you" when the
 * guide has such questions, and the summary. A cause added to the content adds a step.
 */
public record WizardSteps(List<WizardStep> all) {

    public WizardSteps {
        all = List.copyOf(all);
    }

    public static WizardSteps from(Guide guide) {
        List<WizardStep> steps = new ArrayList<>();
        steps.add(new WizardStep.Start());
        for (Cause cause : guide.causes()) {
            steps.add(new WizardStep.CauseStep(cause));
        }
        // Optional questions: a guide without any simply has no such page.
        if (!guide.aboutYou().isEmpty()) {
            steps.add(new WizardStep.AboutYou(guide.aboutYou()));
        }
        steps.add(new WizardStep.Summary());
        return new WizardSteps(steps);
    }

    public int size() {
        return all.size();
    }

    public WizardStep get(int index) {
        return all.get(index);
    }

    /** The position of the step with this id, or -1 when the guide has no such step (any more). */
    public int indexOf(String id) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    public Optional<WizardStep> byId(String id) {
        int i = indexOf(id);
        return i < 0 ? Optional.empty() : Optional.of(all.get(i));
    }

    public int last() {
        return all.size() - 1;
    }
}
