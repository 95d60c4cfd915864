package org.nightcramp.sheet;

import org.nightcramp.content.Guide;
import org.nightcramp.wizard.Answers;
import org.nightcramp.wizard.CauseMatcher;
import org.nightcramp.wizard.Findings;

/** The one place the sheet turns answers into findings, for the app and the command line alike. */
public final class SheetFindings {

    private SheetFindings() {
    }

    public static Findings of(Guide guide, Answers answers) {
        return new CauseMatcher().match(guide, answers);
    }
}
