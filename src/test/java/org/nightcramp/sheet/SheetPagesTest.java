package org.nightcramp.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nightcramp.assessment.Answers;

/**
 * Issue 9.11: pages 2 and 3 of the sheet were half empty, and the "Get medical help" box with the
 * emergency number was only on the last page. It belongs on page 1, and no page but the last is
 * left largely empty.
 */
class SheetPagesTest {

    /** A page other than the last is at least this full, from its top margin to its footer. */
    private static final double FULL = 0.7;

    @ParameterizedTest
    @CsvSource({"en, A4", "en, LETTER", "zh-CN, A4", "zh-CN, LETTER"})
    void theHelpBoxIsOnPageOneAndNoPageButTheLastIsHalfEmpty(String tag, Paper paper) {
        List<String> wrong = new ArrayList<>();
        for (Answers answers : List.of(Answers.empty(), SheetFixture.coldAndPosture(), SheetFixture.clotSign())) {
            PagePlan plan = SheetFixture.plan(tag, answers, paper);
            String heading = SheetFixture.words(tag).text("sheet.help.heading");
            PlannedPage first = plan.pages().get(0);
            assertTrue(first.text().lines().anyMatch(heading::equals), "the help box is on page 1");
            PageGeometry g = plan.geometry();
            double usable = g.contentBottom() - SheetStyle.FOOTER - g.top();
            for (PlannedPage page : plan.pages().subList(0, plan.pages().size() - 1)) {
                double used = page.items().stream().filter(d -> d.bottom() < g.contentBottom() - SheetStyle.FOOTER + 0.5)
                        .mapToDouble(Drawn::bottom).max().orElse(g.top()) - g.top();
                if (used < FULL * usable) {
                    wrong.add(String.format(Locale.ROOT, "%s %s, %d answers: page %d of %d is %.0f%% full",
                            tag, paper, answers.questions().size(), page.number(), plan.pages().size(),
                            100 * used / usable));
                }
            }
        }
        assertEquals(List.of(), wrong);
    }
}
