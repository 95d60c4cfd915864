package org.nightcramp.sheet;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.nightcramp.assessment.Answer;
import org.nightcramp.assessment.Answers;
import org.nightcramp.assessment.Findings;
import org.nightcramp.content.ClasspathContentSource;
import org.nightcramp.content.ContentLibrary;
import org.nightcramp.content.Guide;
import org.nightcramp.content.illustration.IllustrationCache;
import org.nightcramp.l10n.Texts;
import org.nightcramp.storage.StrictJson;

/** The bundled content, fonts and drawings, read once for all sheet tests. */
final class SheetFixture {

    static final LocalDate DATE = LocalDate.of(2026, 11, 24);
    private static final ClasspathContentSource SOURCE = new ClasspathContentSource();
    private static final ContentLibrary LIBRARY = new ContentLibrary(SOURCE, StrictJson.create());
    private static final Map<String, Guide> GUIDES = new ConcurrentHashMap<>();
    static final SheetService SERVICE = new SheetService(new SheetFonts(SOURCE),
            new IllustrationCache(SOURCE)::illustration);

    private SheetFixture() {
    }

    static Guide guide(String tag) {
        return GUIDES.computeIfAbsent(tag, t -> {
            try {
                return LIBRARY.load(t).guide();
            } catch (ContentLibrary.ContentUnavailableException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    static Texts words(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        return Texts.ui(locale);
    }

    /** Cold and posture apply; the rest were answered No. */
    static Answers coldAndPosture() {
        return Answers.empty()
                .withQuestion("cold.room", Answer.YES)
                .withQuestion("cold.uncovered", Answer.YES)
                .withQuestion("posture.tucked-covers", Answer.YES)
                .withQuestion("calcium.low-intake", Answer.NO)
                .withQuestion("fatigue.long-activity", Answer.NO);
    }

    /** A Yes to a clot sign: blood flow first, no massage. */
    static Answers clotSign() {
        return coldAndPosture().withQuestion("blood-flow.one-leg-swollen", Answer.YES);
    }

    static Findings findings(String tag, Answers answers) {
        return SheetFindings.of(guide(tag), answers);
    }

    static SheetModel model(String tag, Answers answers, String name, String note) {
        return SERVICE.model(guide(tag), findings(tag, answers), new SheetOptions(name, note, DATE, "GB"), words(tag));
    }

    static PagePlan plan(String tag, Answers answers, Paper paper) {
        return SERVICE.plan(guide(tag), model(tag, answers, "Sam Lee", ""), PageGeometry.of(paper));
    }
}
