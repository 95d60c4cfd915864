package org.nightcramp.illustration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nightcramp.content.illustration.Palette;
import org.nightcramp.content.illustration.PaletteClass;
import org.nightcramp.content.illustration.Rgb;

/** The screen's light theme and the printed sheet colour drawings the same; night is never glaring. */
class IllustrationCssTest {

    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^}]*)}");

    private static Map<String, Map<String, String>> rules;

    @BeforeAll
    static void readCss() throws IOException {
        String css;
        try (InputStream in = IllustrationCssTest.class.getResourceAsStream(
                "/org/nightcramp/illustration/illustration.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        rules = new LinkedHashMap<>();
        Matcher m = RULE.matcher(css.replaceAll("(?s)/\\*.*?\\*/", ""));
        while (m.find()) {
            Map<String, String> declarations = new LinkedHashMap<>();
            for (String declaration : m.group(2).split(";")) {
                if (!declaration.isBlank()) {
                    String[] nameValue = declaration.split(":", 2);
                    declarations.put(nameValue[0].strip(), nameValue[1].strip());
                }
            }
            rules.put(m.group(1).strip(), declarations);
        }
    }

    @Test
    void lightCssMatchesThePrintPalette() {
        Map<String, String> light = rules.get(".root");
        for (PaletteClass paletteClass : PaletteClass.values()) {
            Map<String, String> rule = rules.get(".ill-" + paletteClass.cssName());
            assertTrue(rule != null, "no rule for " + paletteClass.cssName());
            Palette.Swatch swatch = Palette.PAPER.swatch(paletteClass);
            assertEquals(swatch.fill(), colour(rule.get("-fx-fill"), light), paletteClass + " fill");
            assertEquals(swatch.stroke(), colour(rule.get("-fx-stroke"), light), paletteClass + " stroke");
            assertEquals(paletteClass.fills(), swatch.fill().isPresent(), paletteClass + " fills");
            assertEquals(paletteClass.strokes(), swatch.stroke().isPresent(), paletteClass + " strokes");
            assertEquals(paletteClass.defaultStrokeWidth(), swatch.strokeWidth(), paletteClass + " width");
            assertFalse(rule.containsKey("-fx-stroke-width"), "widths come from the drawing, not CSS");
        }
    }

    @Test
    void nightDefinesEveryColourAndNoneIsBright() {
        Map<String, String> light = rules.get(".root");
        Map<String, String> night = rules.get(".root.theme-night");
        assertEquals(light.keySet(), night.keySet());
        for (Map.Entry<String, String> entry : night.entrySet()) {
            Rgb rgb = Rgb.parse(entry.getValue());
            int brightest = Math.max(rgb.red(), Math.max(rgb.green(), rgb.blue()));
            assertTrue(brightest <= 0xc8, entry.getKey() + " is too bright for the night theme: " + entry.getValue());
        }
    }

    private static Optional<Rgb> colour(String value, Map<String, String> variables) {
        if (value == null) {
            return Optional.empty();
        }
        String resolved = value.startsWith("-nc-") ? variables.get(value) : value;
        assertTrue(resolved != null, "undefined looked-up colour " + value);
        return Optional.of(Rgb.parse(resolved));
    }
}
