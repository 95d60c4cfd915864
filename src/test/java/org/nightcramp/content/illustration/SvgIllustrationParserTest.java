package org.nightcramp.content.illustration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nightcramp.content.illustration.AffineTest.assertPoint;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class SvgIllustrationParserTest {

    private final SvgIllustrationParser parser = new SvgIllustrationParser();

    @Test
    void readsAValidDrawing() throws Exception {
        Illustration ill = parser.parse("foot.svg", fixture("foot.svg"));
        assertEquals("foot", ill.name());
        assertEquals(new ViewBox(0, 0, 400, 300), ill.viewBox());
        assertEquals(5, ill.root().children().size());

        IllustrationGroup foot = ill.part("foot").orElseThrow();
        assertEquals(Optional.of(new Point(200, 230)), foot.pivot());
        assertEquals(4, foot.children().size());
        IllustrationShape sole = (IllustrationShape) foot.children().get(0);
        assertEquals(PaletteClass.SKIN, sole.paletteClass());
        assertEquals("M185 230C180 240 180 250 190 255L270 255Q280 255 280 245Q280 235 270 235Z",
                sole.path().toSvgString());
        IllustrationShape nail = (IllustrationShape) foot.children().get(1);
        assertEquals(new Bounds(264, 244, 272, 252), nail.path().bounds());
        assertEquals(1.5, nail.effectiveStrokeWidth());
        IllustrationShape arrow = (IllustrationShape) foot.children().get(2);
        assertEquals(OptionalDouble.of(2), arrow.strokeWidth());
        assertEquals(PaletteClass.ACCENT_LINE, arrow.paletteClass());

        IllustrationGroup moved = (IllustrationGroup) ill.root().children().get(4);
        assertEquals("", moved.id());
        assertPoint(10, 0, moved.transform().apply(Point.ORIGIN));
        assertTrue(ill.part("shin").isEmpty(), "only groups are parts");
        assertTrue(ill.part("").isEmpty());
    }

    @Test
    void acceptsExactlyTheSizeLimit() throws Exception {
        byte[] valid = fixture("foot.svg");
        String padded = new String(valid, "UTF-8") + "<!--" + "x".repeat(SvgIllustrationParser.MAX_BYTES - valid.length - 7) + "-->";
        byte[] data = padded.getBytes("UTF-8");
        assertEquals(SvgIllustrationParser.MAX_BYTES, data.length);
        assertEquals("foot", parser.parse("foot.svg", data).name());
    }

    @Test
    void rejectionBecomesAContentProblem() {
        IllustrationException e = Rejections.reject(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 400 300\">\n<image/>\n</svg>");
        var problem = e.toProblem("illustrations/bad.svg");
        assertEquals("illustrations/bad.svg", problem.file());
        assertEquals("<image>", problem.where());
        assertEquals(2, problem.line());
        assertEquals(1, problem.column());
        assertEquals("illustration.elementNotAllowed", problem.code());
        assertEquals(List.of("image", SvgVocabulary.elementList()), problem.args());
        assertTrue(problem.describe(java.util.Locale.ENGLISH)
                .startsWith("illustrations/bad.svg:2:1 (<image>): The element <image> is not allowed"));
        assertTrue(problem.message(java.util.Locale.SIMPLIFIED_CHINESE).contains("不允许使用元素 <image>"));
    }

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = SvgIllustrationParserTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
