package org.nightcramp.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.nightcramp.content.illustration.Illustration;
import org.nightcramp.content.illustration.IllustrationException;
import org.nightcramp.content.illustration.Palette;
import org.nightcramp.content.illustration.Rgb;
import org.nightcramp.content.illustration.SvgIllustrationParser;

/**
 * A translucent part of a drawing is printed as the opaque colours alpha blending would show,
 * so printer filters have no transparency to turn into a bitmap.
 */
class FlatPictureTest {

    /** Skin with an outline across it, then a translucent red patch reaching past the skin. */
    private static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 400 300\">"
            + "<path class=\"skin-shade\" d=\"M0,0 L200,0 L200,300 L0,300 Z\"/>"
            + "<g transform=\"translate(0 -100)\"><path class=\"outline\" stroke-width=\"20\" d=\"M0,150 L400,150\"/></g>"
            + "<path class=\"warning\" d=\"M100,0 L300,0 L300,100 L100,100 Z\"/>"
            + "</svg>";

    private static Illustration drawing() throws IllustrationException {
        return new SvgIllustrationParser().parse("test.svg", SVG.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void everyPaintIsOpaqueAndTheTintIsBlendedWithWhatIsUnderIt() throws IllustrationException {
        var paints = FlatPicture.of(drawing(), Palette.PAPER, SheetStyle.WHITE);

        assertTrue(paints.stream().allMatch(p -> p.fill().map(c -> c.opacity() == 1).orElse(true)
                && p.stroke().map(c -> c.opacity() == 1).orElse(true)), paints::toString);
        // skin, outline, then the patch: its own area on white, and the skin and outline again inside it
        assertEquals(5, paints.size());
        assertEquals(new Rgb(229, 142, 122, 1), FlatPicture.over(Rgb.parse("rgba(214, 69, 65, 0.45)"),
                Rgb.parse("#f2c9a8")));
    }

    @Test
    void theRenderedPageShowsTheBlendedColours() throws IOException, IllustrationException {
        BufferedImage image;
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(400, 300));
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                new PdfPictures(cs).draw(drawing(), SheetStyle.WHITE, 0, 0, 400, 300, 300);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            try (PDDocument saved = Loader.loadPDF(out.toByteArray())) {
                assertEquals(0, saved.getPage(0).getResources().getExtGStateNames().spliterator().estimateSize(),
                        "no graphics state with an alpha");
                image = new PDFRenderer(saved).renderImage(0, 1);
            }
        }
        Rgb skinShade = Rgb.parse("#dda584");
        Rgb warning = Rgb.parse("rgba(214, 69, 65, 0.45)");
        assertColour(skinShade, image, 50, 20);
        assertColour(FlatPicture.over(warning, skinShade), image, 150, 20);
        assertColour(FlatPicture.over(warning, SheetStyle.WHITE), image, 250, 20);
        assertColour(SheetStyle.WHITE, image, 350, 20);
        Rgb outline = Rgb.parse("#3b3a4a");
        assertColour(outline, image, 50, 50);
        assertColour(FlatPicture.over(warning, outline), image, 150, 50);
        assertColour(FlatPicture.over(warning, outline), image, 250, 50);
        assertColour(outline, image, 350, 50);
    }

    private static void assertColour(Rgb expected, BufferedImage image, int x, int y) {
        int rgb = image.getRGB(x, y);
        int r = rgb >> 16 & 0xff;
        int g = rgb >> 8 & 0xff;
        int b = rgb & 0xff;
        assertTrue(Math.abs(r - expected.red()) <= 2 && Math.abs(g - expected.green()) <= 2
                        && Math.abs(b - expected.blue()) <= 2,
                "at " + x + "," + y + ": " + r + "," + g + "," + b + " but expected " + expected);
    }
}
