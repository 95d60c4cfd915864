package org.nightcramp.sheet;

import java.util.Map;
import org.nightcramp.content.Guide;
import org.nightcramp.wizard.Answers;
import org.nightcramp.wizard.CauseMatcher;
import org.nightcramp.wizard.Findings;

/**
 * The one place the sheet turns answers into findings, for the app and the command line alike.
 * The wizard is moving the about-you → factor table into the content; when it lands, only the
 * matcher's construction here changes.
 */
public final class SheetFindings {

    private SheetFindings() {
    }

    public static Findings of(Guide guide, Answers answers) {
        // No about-you questions exist in the content on this branch yet, so no factor is mapped.
        return new CauseMatcher(Map.of()).match(guide, answers);
    }
}
