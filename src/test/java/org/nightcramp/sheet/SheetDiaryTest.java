package org.nightcramp.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.nightcramp.diary.Diary;
import org.nightcramp.diary.NightEntry;
import org.nightcramp.diary.Place;

/** "My last weeks" on the sheet: in the PDF as text and vector shapes, whole on one page, both languages. */
class SheetDiaryTest {

    /** Two weeks with the stretch (1 cramp, severity 3), two without (3 cramps, severity 6), a gap, one long cramp. */
    static Diary fourWeeks() {
        List<NightEntry> nights = new ArrayList<>();
        LocalDate first = SheetFixture.DATE.minusDays(30);
        for (int i = 0; i < 28; i++) {
            if (i == 5) {
                continue; // a night not logged
            }
            boolean stretched = i >= 14;
            nights.add(new NightEntry(first.plusDays(i), stretched ? 1 : 3, stretched ? 3 : 6, i == 20 ? 12 : 2, 4,
                    Set.of(Place.LEFT_CALF), stretched, false, false, "", List.of()));
        }
        return Diary.of(nights);
    }

    private static PagePlan plan(String tag, Diary diary, Paper paper) {
        SheetModel model = SheetFixture.SERVICE.model(SheetFixture.guide(tag),
                SheetFixture.findings(tag, SheetFixture.coldAndPosture()),
                new SheetOptions("Sam Lee", "Is it my tablets?", SheetFixture.DATE, "GB"), SheetFixture.words(tag), diary);
        return SheetFixture.SERVICE.plan(SheetFixture.guide(tag), model, PageGeometry.of(paper));
    }

    @Test
    void anEmptyDiaryLeavesTheSectionOut() {
        SheetModel model = SheetFixture.SERVICE.model(SheetFixture.guide("en"),
                SheetFixture.findings("en", SheetFixture.coldAndPosture()),
                new SheetOptions("", "", SheetFixture.DATE, "GB"), SheetFixture.words("en"), Diary.empty());
        assertTrue(model.diary().isEmpty());
        assertEquals(SheetFixture.model("en", SheetFixture.coldAndPosture(), "", ""), model);
    }

    @Test
    void theSectionSaysHowManyNightsAndWhichDates() {
        DiarySection section = SheetFixture.SERVICE.model(SheetFixture.guide("en"),
                SheetFixture.findings("en", SheetFixture.coldAndPosture()),
                new SheetOptions("", "", SheetFixture.DATE, "GB"), SheetFixture.words("en"), fourWeeks()).diary().orElseThrow();
        assertTrue(section.covered().startsWith("27 nights logged"), section.covered());
        assertEquals(28, section.trend().points().size());
        assertEquals(List.of("With the before-bed stretch: 1.0 cramps a night, worst severity 3.0 (14 nights)."
                        + " Without it: 3.0 cramps a night, worst severity 6.0 (13 nights).",
                "The last 2 weeks: 1.0 cramps a night, worst severity 3.0 (14 nights)."
                        + " The 2 weeks before: 3.0 cramps a night, worst severity 6.0 (13 nights)."),
                section.changes());
        // The 12-minute cramp, then cramps every night for weeks.
        assertEquals(List.of(true, false), section.warnings().stream().map(DiarySection.Warning::urgent).toList());
        assertTrue(section.warnings().get(1).text().contains("4 or more nights a week for 2 weeks"),
                section.warnings().get(1).text());
    }

    @Test
    void oneNightIsStillASectionWithNothingToCompareYet() {
        Diary one = Diary.of(List.of(NightEntry.quiet(SheetFixture.DATE.minusDays(1))));
        DiarySection section = SheetFixture.SERVICE.model(SheetFixture.guide("en"), SheetFixture.findings("en", SheetFixture.coldAndPosture()),
                new SheetOptions("", "", SheetFixture.DATE, "GB"), SheetFixture.words("en"), one).diary().orElseThrow();
        assertTrue(section.covered().startsWith("1 night logged"), section.covered());
        assertEquals(1, section.changes().size());
        assertTrue(section.changes().get(0).startsWith("Not enough nights yet"), section.changes().get(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void thePdfShowsTheAveragesAndDrawsTheChartAsVectors(String tag) throws Exception {
        for (Paper paper : Paper.values()) {
            PagePlan plan = plan(tag, fourWeeks(), paper);
            byte[] pdf = SheetFixture.SERVICE.pdf(plan);
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
                String heading = SheetFixture.words(tag).text("sheet.diary.heading");
                assertTrue(text.contains(heading), text);
                assertTrue(text.contains("1.0") && text.contains("3.0") && text.contains("6.0"), text);
                for (PDPage page : doc.getPages()) {
                    assertFalse(page.getResources().getXObjectNames().iterator().hasNext(), "no images");
                }
            }
            assertChartOnOnePage(plan, paper);
        }
    }

    /** The severity line's pieces and the chart's labels all sit on one page, inside its margins. */
    private static void assertChartOnOnePage(PagePlan plan, Paper paper) {
        PageGeometry geometry = PageGeometry.of(paper);
        List<Integer> pagesWithLines = new ArrayList<>();
        for (PlannedPage page : plan.pages()) {
            for (Drawn d : page.items()) {
                assertTrue(d.top() >= geometry.top() - 0.01 && d.bottom() <= geometry.contentBottom() + 0.01,
                        () -> d + " crosses the edge of page " + page.number());
                if (d instanceof Drawn.Polyline) {
                    pagesWithLines.add(page.number());
                }
            }
        }
        // The gap splits the severity line in two; both halves are on the same page.
        assertEquals(2, pagesWithLines.size());
        assertEquals(1, pagesWithLines.stream().distinct().count());
    }
}
