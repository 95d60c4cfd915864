package org.nightcramp.wizard;

import java.util.Objects;
import org.nightcramp.assessment.Answer;
import org.nightcramp.content.EvidenceLevel;
import org.nightcramp.l10n.Texts;

/** The wizard's UI words from the message bundle, formatted in the bundle's own language. */
public final class WizardText {

    private final Texts texts;

    public WizardText(Texts texts) {
        this.texts = Objects.requireNonNull(texts, "texts");
    }

    public String text(String key, Object... args) {
        return texts.text(key, args);
    }

    /** The answer's label with its mnemonic marker, such as "_Yes" or "是(_Y)". */
    public String answer(Answer answer) {
        return text(switch (answer) {
            case YES -> "wizard.answer.yes";
            case NO -> "wizard.answer.no";
            case NOT_SURE -> "wizard.answer.notSure";
            case NOT_FOR_ME -> "wizard.answer.notForMe";
        });
    }

    /** The reader's words for an evidence level, so both pages say the same. */
    public String evidence(EvidenceLevel level) {
        return text(level.labelKey());
    }
}
