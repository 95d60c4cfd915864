package org.nightcramp.wizard;

import java.util.List;
import org.nightcramp.content.AboutYouItem;
import org.nightcramp.content.Cause;

/**
 * One page of the cause wizard, built from the guide's content. Ids are stable across languages
 * and versions, because the answers file remembers the step the person was on by its id.
 */
public sealed interface WizardStep {

    /** The stable id, such as {@code start}, {@code cause:cold} or {@code summary}. */
    String id();

    /** The ids of the questions answered on this step, in the page's order; empty when none. */
    default List<String> questionIds() {
        return List.of();
    }

    /** What the wizard does and does not do, and the way back in for a returning person. */
    record Start() implements WizardStep {
        public static final String ID = "start";

        @Override
        public String id() {
            return ID;
        }
    }

    /** One cause: its explanation and its self-check questions. */
    record CauseStep(Cause cause) implements WizardStep {
        public static final String PREFIX = "cause:";

        @Override
        public String id() {
            return PREFIX + cause.id();
        }

        @Override
        public List<String> questionIds() {
            return cause.questions().stream().map(q -> q.id()).toList();
        }
    }

    /** The optional questions about the person, such as pregnancy or regular medicines. */
    record AboutYou(List<AboutYouItem> items) implements WizardStep {
        public static final String ID = "about-you";

        public AboutYou {
            items = List.copyOf(items);
        }

        @Override
        public String id() {
            return ID;
        }

        @Override
        public List<String> questionIds() {
            return items.stream().map(AboutYouItem::id).toList();
        }
    }

    /** What the answers add up to, and what to do next. */
    record Summary() implements WizardStep {
        public static final String ID = "summary";

        @Override
        public String id() {
            return ID;
        }
    }
}
