package org.nightcramp.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Line breaking measured with the real fonts, in English and Chinese. */
class LineBreakerTest {

    private static final FontChain EN = Typesetting.of(new SheetFonts(new org.nightcramp.content.ClasspathContentSource()),
            SheetFixture.guide("en").meta()).regular();
    private static final FontChain ZH = Typesetting.of(new SheetFonts(new org.nightcramp.content.ClasspathContentSource()),
            SheetFixture.guide("zh-CN").meta()).regular();

    @Test
    void englishBreaksAtSpacesAndEveryLineFits() {
        String text = "Straighten your leg and pull your toes and foot up toward your shin until the cramp lets go.";
        List<String> lines = LineBreaker.lines(text, EN, 10, 120);

        assertTrue(lines.size() > 2, lines::toString);
        assertEquals(text, String.join(" ", lines));
        lines.forEach(l -> assertTrue(EN.width(l, 10) <= 120, l));
        lines.forEach(l -> assertEquals(l.strip(), l));
    }

    @Test
    void chineseBreaksBetweenCharactersButNeverBeforeClosingPunctuation() {
        String text = "把腿伸直，把脚尖和脚掌往小腿方向拉，一直坚持到抽筋松开。如果觉得疼，就停下来。";
        for (double width = 40; width < 200; width += 3) {
            List<String> lines = LineBreaker.lines(text, ZH, 10, width);
            assertEquals(text, String.join("", lines));
            for (String line : lines) {
                assertFalse("，。、）」".indexOf(line.charAt(0)) >= 0, "line starts with punctuation: " + lines);
                assertTrue(ZH.width(line, 10) <= width + 10.01, line);
            }
        }
    }

    @Test
    void openingPunctuationStaysWithWhatItOpens() {
        assertFalse(LineBreaker.breakBetween('「', '抽'));
        assertFalse(LineBreaker.breakBetween('筋', '」'));
        assertTrue(LineBreaker.breakBetween('抽', '筋'));
        assertTrue(LineBreaker.breakBetween('筋', 'A'));
        assertFalse(LineBreaker.breakBetween('a', 'b'));
    }

    @Test
    void aWordWiderThanTheLineIsCutRatherThanOverflowing() {
        List<String> lines = LineBreaker.lines("https://example.org/averyveryveryverylongpathwithoutanybreaks", EN, 10, 60);

        lines.forEach(l -> assertTrue(EN.width(l, 10) <= 60, l));
        assertEquals("https://example.org/averyveryveryverylongpathwithoutanybreaks", String.join("", lines));
    }

    @Test
    void fallsBackPerCharacterSoMixedTextUsesTwoFonts() {
        List<Run> runs = EN.runs("Cramp 抽筋 ok", 10);

        assertEquals(List.of("Cramp ", "抽筋", " ok"), runs.stream().map(Run::text).toList());
        assertEquals("NotoSans-Regular.ttf", runs.get(0).face().fileName());
        assertEquals("DroidSansFallbackFull.ttf", runs.get(1).face().fileName());
        assertEquals(runs.get(0).width(), runs.get(1).x(), 1e-9);
    }
}
