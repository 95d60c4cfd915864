package org.nightcramp.sheet.print;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.nightcramp.content.illustration.IllustrationCache;
import org.nightcramp.content.ClasspathContentSource;
import org.nightcramp.content.ContentLibrary;
import org.nightcramp.content.Guide;
import org.nightcramp.sheet.PageGeometry;
import org.nightcramp.sheet.PagePlan;
import org.nightcramp.sheet.Paper;
import org.nightcramp.sheet.SheetFindings;
import org.nightcramp.sheet.SheetFonts;
import org.nightcramp.sheet.SheetOptions;
import org.nightcramp.sheet.SheetService;
import org.nightcramp.l10n.Texts;
import org.nightcramp.storage.StrictJson;
import org.nightcramp.assessment.Answer;
import org.nightcramp.assessment.Answers;

/** Sheets to print, from the bundled content, made once per language and paper. */
final class PrintFixture {

    private static final ClasspathContentSource SOURCE = new ClasspathContentSource();
    static final SheetService SERVICE = new SheetService(new SheetFonts(SOURCE),
            new IllustrationCache(SOURCE)::illustration);
    private static final Map<String, PagePlan> PLANS = new ConcurrentHashMap<>();
    private static final Map<String, byte[]> PDFS = new ConcurrentHashMap<>();

    private PrintFixture() {
    }

    static Guide guide(String tag) {
        try {
            return new ContentLibrary(SOURCE, StrictJson.create()).load(tag).guide();
        } catch (ContentLibrary.ContentUnavailableException e) {
            throw new IllegalStateException(e);
        }
    }

    static Texts words(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        return Texts.ui(locale);
    }

    /** Cold and sleeping position fit; a tired-legs Yes brings in the translucent warning drawing. */
    static Answers answers() {
        return Answers.empty().withQuestion("cold.room", Answer.YES).withQuestion("posture.tucked-covers", Answer.YES)
                .withQuestion("fatigue.long-activity", Answer.YES);
    }

    static PagePlan plan(String tag, Paper paper) {
        return PLANS.computeIfAbsent(tag + "/" + paper, k -> planOn(tag, PageGeometry.of(paper)));
    }

    /** The same sheet laid out on another page, such as a printer's printable area. */
    static PagePlan planOn(String tag, PageGeometry page) {
        Guide guide = guide(tag);
        var model = SERVICE.model(guide, SheetFindings.of(guide, answers()),
                new SheetOptions("Sam Lee", "", LocalDate.of(2026, 11, 24), "GB"), words(tag));
        return SERVICE.plan(guide, model, page);
    }

    static byte[] pdf(String tag, Paper paper) {
        return PDFS.computeIfAbsent(tag + "/" + paper, k -> SERVICE.pdf(plan(tag, paper)));
    }
}
