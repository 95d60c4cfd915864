package org.nightcramp.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nightcramp.assessment.Answers;

/** The page plan: nothing crosses a page edge or a margin, whole blocks move on, pages are numbered. */
class SheetLayoutTest {

    @ParameterizedTest
    @CsvSource({"en, A4", "en, LETTER", "zh-CN, A4", "zh-CN, LETTER"})
    void everythingStaysInsideTheMargins(String tag, Paper paper) {
        for (Answers answers : List.of(Answers.empty(), SheetFixture.coldAndPosture(), SheetFixture.clotSign())) {
            PagePlan plan = SheetFixture.plan(tag, answers, paper);
            PageGeometry g = plan.geometry();
            assertEquals(paper.width(), g.width());
            for (PlannedPage page : plan.pages()) {
                for (Drawn d : page.items()) {
                    assertTrue(d.top() >= g.top() - 0.01 && d.bottom() <= g.contentBottom() + 0.01,
                            () -> "page " + page.number() + " crosses the margin: " + d);
                    if (d instanceof Drawn.TextLine t) {
                        assertTrue(t.x() >= g.left() - 0.01 && t.x() + t.width() <= g.width() - g.right() + 0.5,
                                () -> "too wide: " + t.text());
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"en, A4", "en, LETTER", "zh-CN, A4", "zh-CN, LETTER"})
    void theHelpBoxAndEveryCardStayWholeOnOnePage(String tag, Paper paper) {
        PagePlan plan = SheetFixture.plan(tag, SheetFixture.clotSign(), paper);
        String heading = SheetFixture.words(tag).text("sheet.help.heading");
        String number = "999";
        List<PlannedPage> withHeading = plan.pages().stream().filter(p -> p.text().lines().anyMatch(heading::equals))
                .toList();
        assertEquals(1, withHeading.size());
        PlannedPage help = withHeading.get(0);
        assertTrue(help.text().lines().anyMatch(number::equals), "the number sits in the box, on the same page");
        String lastUrgent = SheetFixture.guide(tag).medicalHelp().soon().get(4).text();
        String lastWords = lastUrgent.substring(lastUrgent.length() - 4);
        assertTrue(help.text().replace("\n", "").contains(lastWords), "the last warning sign is on the same page");
        for (PlannedPage page : plan.pages()) {
            long pictures = page.items().stream().filter(Drawn.Picture.class::isInstance).count();
            long frames = page.items().stream().filter(d -> d instanceof Drawn.Box b && b.radius() == 4).count();
            assertEquals(frames, pictures, "each card's picture is on the page of its frame");
        }
    }

    @ParameterizedTest
    @CsvSource({"en, A4", "zh-CN, LETTER"})
    void pagesAreNumberedAndAHeadingIsNeverLastOnAPage(String tag, Paper paper) {
        PagePlan plan = SheetFixture.plan(tag, SheetFixture.coldAndPosture(), paper);
        int count = plan.pages().size();
        assertTrue(count >= 2 && count <= 4, "pages: " + count);
        List<String> headings = List.of("sheet.crampNow.heading", "sheet.beforeBed.heading", "sheet.advice.heading")
                .stream().map(k -> SheetFixture.words(tag).text(k)).toList();
        for (PlannedPage page : plan.pages()) {
            String expected = SheetFixture.words(tag).text("sheet.page", page.number(), count);
            assertTrue(page.text().endsWith(expected), page.text());
            List<String> lines = page.text().lines().toList();
            String lastBody = lines.get(lines.size() - 3);
            assertFalse(headings.contains(lastBody), "heading left at the foot of page " + page.number());
        }
    }
}
