package org.nightcramp.relief;

import java.util.List;
import java.util.Locale;
import org.nightcramp.content.Animation;
import org.nightcramp.content.ClasspathContentSource;
import org.nightcramp.content.ContentLibrary;
import org.nightcramp.content.Guide;
import org.nightcramp.content.Routine;
import org.nightcramp.content.RoutineStep;
import org.nightcramp.content.Side;
import org.nightcramp.content.StepKind;
import org.nightcramp.l10n.Texts;
import org.nightcramp.storage.StrictJson;

/** The built-in guides and routines, and small routines made up for a test. */
final class TestRoutines {

    static final String CRAMP_NOW = Routine.CRAMP_NOW;
    static final String BEFORE_BED = Routine.BEFORE_BED;

    private TestRoutines() {
    }

    static Guide guide(String locale) {
        try {
            ContentLibrary.Loaded loaded = new ContentLibrary(new ClasspathContentSource(), StrictJson.create()).load(locale);
            if (loaded.fallback().isPresent()) {
                throw new AssertionError("The " + locale + " guide fell back to English: " + loaded.fallback().get());
            }
            return loaded.guide();
        } catch (ContentLibrary.ContentUnavailableException e) {
            throw new AssertionError("The built-in guide cannot be read: " + e.problems(), e);
        }
    }

    static Routine routine(String id) {
        return guide("en").routine(id).orElseThrow(() -> new AssertionError("No routine " + id));
    }

    static Texts texts(String locale) {
        return Texts.ui(Locale.forLanguageTag(locale));
    }

    static RoutineStep step(String id, StepKind kind, int seconds, int repetitions, int restSeconds) {
        return new RoutineStep(id, kind, id + " title", id + " instruction", id + " rest", seconds, repetitions,
                restSeconds, Side.EITHER, "toe-pull.svg", Animation.NONE, id + " spoken", List.of());
    }

    static Routine routine(RoutineStep... steps) {
        return new Routine("test", "Test", "A made-up routine", List.of(steps), List.of());
    }
}
