package org.nightcramp.wizard;

import java.util.ArrayList;
import java.util.List;
import org.nightcramp.content.Cause;
import org.nightcramp.content.ClasspathContentSource;
import org.nightcramp.content.ContentLibrary;
import org.nightcramp.content.Guide;
import org.nightcramp.storage.StrictJson;

/** The bundled guides, and changed copies of them, for the wizard's tests. */
final class Guides {

    private static final ContentLibrary LIBRARY = new ContentLibrary(new ClasspathContentSource(), StrictJson.create());

    private Guides() {
    }

    static Guide load(String locale) {
        try {
            return LIBRARY.load(locale).guide();
        } catch (ContentLibrary.ContentUnavailableException e) {
            throw new AssertionError("The bundled " + locale + " guide cannot be read", e);
        }
    }

    /** The guide with one more cause, as if a content author had added it. */
    static Guide withExtraCause(Guide guide, Cause extra) {
        List<Cause> causes = new ArrayList<>(guide.causes());
        causes.add(extra);
        return new Guide(guide.schema(), guide.meta(), causes, guide.otherFactors(), guide.aboutYou(),
                guide.advice(), guide.routines(), guide.medicalHelp(), guide.safetyPoints());
    }

    static Guide withoutAboutYou(Guide guide) {
        return new Guide(guide.schema(), guide.meta(), guide.causes(), guide.otherFactors(), List.of(),
                guide.advice(), guide.routines(), guide.medicalHelp(), guide.safetyPoints());
    }
}
