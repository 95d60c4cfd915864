package org.nightcramp.content.illustration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nightcramp.content.illustration.Rejections.SVG;
import static org.nightcramp.content.illustration.Rejections.reject;
import static org.nightcramp.content.illustration.Rejections.rejectBody;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One refusal for each rule of the spec, each pointing at the right line. */
class SvgRejectionTest {

    @Test
    void doctypeWithExternalEntity() {
        IllustrationException e = reject("""
                <?xml version="1.0"?>
                <!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 300"><title>&xxe;</title></svg>
                """);
        assertRefused(e, IllustrationCode.DOCTYPE, 2);
    }

    @Test
    void undeclaredEntity() {
        assertRefused(rejectBody("<title>&ouml;</title>"), IllustrationCode.XML_MALFORMED, 2);
    }

    @Test
    void processingInstruction() {
        IllustrationException e = rejectBody("<?xml-stylesheet href=\"evil.css\"?>");
        assertRefused(e, IllustrationCode.PROCESSING_INSTRUCTION, 2);
        assertEquals(List.of("xml-stylesheet"), e.args());
    }

    @Test
    void scriptElement() {
        IllustrationException e = rejectBody("<g>\n  <script>alert(1)</script>\n</g>");
        assertRefused(e, IllustrationCode.ELEMENT_NOT_ALLOWED, 3);
        assertEquals("script", e.args().get(0));
        assertEquals(3, e.column());
    }

    @Test
    void imageElement() {
        IllustrationException e = rejectBody("<image width=\"10\" height=\"10\" href=\"photo.png\"/>");
        assertRefused(e, IllustrationCode.ELEMENT_NOT_ALLOWED, 2);
        assertEquals("image", e.element());
    }

    @Test
    void hrefAttribute() {
        assertRefused(rejectBody("<path class=\"skin\" href=\"#a\" d=\"M0 0\"/>"), IllustrationCode.LINK_ATTRIBUTE, 2);
        IllustrationException xlink = rejectBody(
                "<path class=\"skin\" d=\"M0 0\"\n xmlns:xlink=\"http://www.w3.org/1999/xlink\"\n xlink:href=\"#a\"/>");
        assertRefused(xlink, IllustrationCode.LINK_ATTRIBUTE, 4);
        assertEquals(List.of("path", "xlink:href"), xlink.args());
    }

    @Test
    void styleAttribute() {
        assertRefused(rejectBody("<path class=\"skin\" style=\"fill:red\" d=\"M0 0\"/>"),
                IllustrationCode.STYLE_ATTRIBUTE, 2);
    }

    @Test
    void fillAttribute() {
        IllustrationException e = rejectBody("<circle class=\"skin\" r=\"3\"\n  fill=\"#ff0000\"/>");
        assertRefused(e, IllustrationCode.COLOUR_ATTRIBUTE, 3);
        assertEquals(3, e.column(), "points at the attribute itself");
        assertEquals(List.of("circle", "fill"), e.args());
    }

    @Test
    void eventAttribute() {
        assertRefused(rejectBody("<g onclick=\"alert(1)\"/>"), IllustrationCode.EVENT_ATTRIBUTE, 2);
        assertRefused(reject(SVG.replace("<svg ", "<svg onload=\"x()\" ") + "</svg>"),
                IllustrationCode.EVENT_ATTRIBUTE, 1);
    }

    @Test
    void urlInAnyValue() {
        assertRefused(rejectBody("<g transform=\"url (#m)\"/>"), IllustrationCode.URL_NOT_ALLOWED, 2);
    }

    @Test
    void unknownClass() {
        IllustrationException e = rejectBody("<path class=\"skin-tone\" d=\"M0 0\"/>");
        assertRefused(e, IllustrationCode.CLASS_UNKNOWN, 2);
        assertEquals("skin-tone", e.args().get(1));
        assertRefused(rejectBody("<path class=\"skin outline\" d=\"M0 0\"/>"), IllustrationCode.CLASS_UNKNOWN, 2);
    }

    @Test
    void missingClass() {
        assertRefused(rejectBody("<g>\n<rect width=\"1\" height=\"1\"/>\n</g>"), IllustrationCode.CLASS_MISSING, 3);
    }

    @Test
    void classOnGroup() {
        assertRefused(rejectBody("<g class=\"skin\"/>"), IllustrationCode.CLASS_ON_GROUP, 2);
    }

    @Test
    void arcCommand() {
        IllustrationException e = rejectBody("<path class=\"skin\" d=\"M10 10 A5 5 0 0 1 20 20\"/>");
        assertRefused(e, IllustrationCode.PATH_ARC, 2);
        assertEquals(List.of("path", "d", "8", "M10 10 A5 5 0 0 1 20 20"), e.args());
    }

    @Test
    void tooManyElements() {
        String body = "<path class=\"skin\" d=\"M0 0\"/>\n".repeat(SvgIllustrationParser.MAX_ELEMENTS);
        IllustrationException e = reject(SVG + "\n" + body + "</svg>");
        // The root is element 1, so the last path (on line 2001) is one too many.
        assertRefused(e, IllustrationCode.TOO_MANY_ELEMENTS, SvgIllustrationParser.MAX_ELEMENTS + 1);
    }

    @Test
    void tooDeep() {
        int groups = SvgIllustrationParser.MAX_DEPTH;
        String body = "<g>\n".repeat(groups) + "</g>".repeat(groups);
        // The root is level 1, so the last group opened (on line 33) is one level too deep.
        assertRefused(reject(SVG + "\n" + body + "</svg>"), IllustrationCode.TOO_DEEP, groups + 1);
    }

    @Test
    void tooLarge() {
        String comment = "<!--" + "x".repeat(SvgIllustrationParser.MAX_BYTES) + "-->";
        IllustrationException e = reject(SVG + comment + "</svg>");
        assertRefused(e, IllustrationCode.TOO_LARGE, 0);
        assertEquals(String.valueOf(SvgIllustrationParser.MAX_BYTES), e.args().get(1));
    }

    @Test
    void badViewBox() {
        assertRefused(reject(SVG.replace("0 0 400 300", "0 0 400 0") + "</svg>"), IllustrationCode.VIEWBOX_INVALID, 1);
        assertRefused(reject(SVG.replace("0 0 400 300", "0 0 400") + "</svg>"), IllustrationCode.VIEWBOX_INVALID, 1);
        assertRefused(reject(SVG.replace("0 0 400 300", "0 0 400px 300") + "</svg>"),
                IllustrationCode.VIEWBOX_INVALID, 1);
        assertRefused(reject(SVG.replace(" viewBox=\"0 0 400 300\"", "") + "</svg>"),
                IllustrationCode.ATTRIBUTE_MISSING, 1);
    }

    @Test
    void duplicateId() {
        IllustrationException e = rejectBody("<g id=\"foot\"/>\n<path id=\"foot\" class=\"skin\" d=\"M0 0\"/>");
        assertRefused(e, IllustrationCode.ID_DUPLICATE, 3);
        assertEquals(List.of("path", "foot", "2"), e.args());
        assertRefused(rejectBody("<g id=\"Left_Foot\"/>"), IllustrationCode.ID_INVALID, 2);
    }

    @Test
    void wrongRoot() {
        IllustrationException e = reject("<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/2000/svg\"/>");
        assertRefused(e, IllustrationCode.ROOT_NOT_SVG, 2);
    }

    @Test
    void foreignNamespace() {
        IllustrationException e = reject(SVG.replace("<svg ",
                "<svg\n   xmlns:inkscape=\"http://www.inkscape.org/namespaces/inkscape\"\n   ") + "</svg>");
        assertRefused(e, IllustrationCode.NAMESPACE_NOT_ALLOWED, 2);
        assertEquals(List.of("svg", "xmlns:inkscape", "http://www.inkscape.org/namespaces/inkscape"), e.args());
        assertRefused(reject("<svg viewBox=\"0 0 400 300\"/>"), IllustrationCode.NAMESPACE_NOT_ALLOWED, 1);
        assertRefused(rejectBody("<g xmlns:x=\"urn:x\" x:label=\"Leg\"/>"), IllustrationCode.NAMESPACE_NOT_ALLOWED, 2);
    }

    @Test
    void attributeNotInTheWhitelist() {
        IllustrationException e = reject(SVG.replace("<svg ", "<svg width=\"400\" ") + "</svg>");
        assertRefused(e, IllustrationCode.ATTRIBUTE_NOT_ALLOWED, 1);
        assertEquals(List.of("svg", "width", "id, transform, viewBox"), e.args());
        assertRefused(rejectBody("<circle class=\"skin\" r=\"2\" x=\"1\"/>"), IllustrationCode.ATTRIBUTE_NOT_ALLOWED, 2);
    }

    @Test
    void misplacedElementsAndText() {
        assertRefused(rejectBody("<path class=\"skin\" d=\"M0 0\">\n<g/>\n</path>"), IllustrationCode.ELEMENT_MISPLACED, 3);
        assertRefused(rejectBody("<svg viewBox=\"0 0 1 1\"/>"), IllustrationCode.ELEMENT_MISPLACED, 2);
        assertRefused(rejectBody("<g>\nHello</g>"), IllustrationCode.TEXT_NOT_ALLOWED, 3);
    }

    @Test
    void badValues() {
        assertRefused(rejectBody("<circle class=\"skin\" r=\"-2\"/>"), IllustrationCode.NUMBER_NEGATIVE, 2);
        assertRefused(rejectBody("<circle class=\"skin\" r=\"2px\"/>"), IllustrationCode.NUMBER_INVALID, 2);
        assertRefused(rejectBody("<circle class=\"skin\" r=\"NaN\"/>"), IllustrationCode.NUMBER_INVALID, 2);
        assertRefused(rejectBody("<circle class=\"skin\"/>"), IllustrationCode.ATTRIBUTE_MISSING, 2);
        assertRefused(rejectBody("<polygon class=\"skin\" points=\"1 2 3\"/>"), IllustrationCode.POINTS_INVALID, 2);
        assertRefused(rejectBody("<g data-pivot=\"1\"/>"), IllustrationCode.PIVOT_INVALID, 2);
        assertRefused(rejectBody("<g transform=\"skewX(10)\"/>"), IllustrationCode.TRANSFORM_NOT_ALLOWED, 2);
        assertRefused(rejectBody("<path class=\"skin\" d=\"L0 0\"/>"), IllustrationCode.PATH_START, 2);
        assertRefused(rejectBody("<path class=\"skin\" stroke-width=\"-1\" d=\"M0 0\"/>"),
                IllustrationCode.NUMBER_NEGATIVE, 2);
    }

    @Test
    void malformedXmlKeepsTheParserDetail() {
        IllustrationException e = rejectBody("<g>\n<g>\n</svg>");
        assertRefused(e, IllustrationCode.XML_MALFORMED, 4);
        assertTrue(!e.args().get(0).isBlank() && !e.args().get(0).contains("ParseError"), e.args().get(0));
    }

    private static void assertRefused(IllustrationException e, IllustrationCode code, int line) {
        assertEquals(code, e.code(), e::getMessage);
        assertEquals(line, e.line(), e::getMessage);
        assertEquals("bad.svg", e.fileName());
    }
}
