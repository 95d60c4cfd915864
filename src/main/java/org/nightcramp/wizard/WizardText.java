package org.nightcramp.wizard;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import org.nightcramp.content.EvidenceLevel;

/** The wizard's UI words from the message bundle, formatted in the bundle's own language. */
public final class WizardText {

    private final ResourceBundle bundle;
    private final Locale locale;

    public WizardText(ResourceBundle bundle) {
        this.bundle = Objects.requireNonNull(bundle, "bundle");
        // The base bundle (messages.properties) is the English one.
        this.locale = bundle.getLocale().equals(Locale.ROOT) ? Locale.ENGLISH : bundle.getLocale();
    }

    public String text(String key) {
        return bundle.getString(key);
    }

    public String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /** The answer's label with its mnemonic marker, such as "_Yes" or "是(_Y)". */
    public String answer(Answer answer) {
        return text(switch (answer) {
            case YES -> "wizard.answer.yes";
            case NO -> "wizard.answer.no";
            case NOT_SURE -> "wizard.answer.notSure";
        });
    }

    /** The reader's words for an evidence level, so both pages say the same. */
    public String evidence(EvidenceLevel level) {
        return text("reader.evidence." + level.name().toLowerCase(Locale.ROOT));
    }
}
