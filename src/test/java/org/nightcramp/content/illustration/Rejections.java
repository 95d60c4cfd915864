package org.nightcramp.content.illustration;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;

/** Runs the parser on text that must be refused. */
final class Rejections {

    static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 400 300\">";

    private Rejections() {
    }

    static IllustrationException reject(String svg) {
        return assertThrows(IllustrationException.class,
                () -> new SvgIllustrationParser().parse("bad.svg", svg.getBytes(StandardCharsets.UTF_8)));
    }

    /** {@code body} inside a valid root that stands on line 1, so body lines start at 2. */
    static IllustrationException rejectBody(String body) {
        return reject(SVG + "\n" + body + "\n</svg>\n");
    }
}
