package org.nightcramp.sheet;

import org.nightcramp.assessment.Answers;
import org.nightcramp.assessment.CauseMatcher;
import org.nightcramp.assessment.Findings;
import org.nightcramp.content.Guide;

/** The one place the sheet turns answers into findings, for the app and the command line alike. */
public final class SheetFindings {

    private SheetFindings() {
    }

    public static Findings of(Guide guide, Answers answers) {
        return new CauseMatcher().match(guide, answers);
    }
}
