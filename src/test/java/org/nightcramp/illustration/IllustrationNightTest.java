package org.nightcramp.illustration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/**
 * Issue 9.7: the Night theme turned light skin dark brown and the red patch of a clot all but
 * vanished. Night must dim and warm the picture, not change who it shows: every colour is a
 * dimmer version of its light self, with the same hue, and the things a picture is about keep
 * their order of lightness.
 */
class IllustrationNightTest {

    private static final Pattern BLOCK = Pattern.compile("\\.root(\\.theme-night)?\\s*\\{([^}]*)}");
    private static final Pattern COLOUR = Pattern.compile("(-nc-ill-[\\w-]+):\\s*([^;]+);");

    @Test
    void nightDimsAndWarmsEveryColourWithoutChangingItsHue() throws IOException {
        Map<String, Color> light = palette(false);
        Map<String, Color> night = palette(true);
        assertEquals(light.keySet(), night.keySet(), "every colour has a night version");
        List<String> wrong = new ArrayList<>();
        for (String name : light.keySet()) {
            Color day = light.get(name);
            Color dark = night.get(name);
            double ratio = luma(dark) / luma(day);
            if (ratio > 1.0 || ratio < 0.3) {
                wrong.add(name + " goes from luma " + luma(day) + " to " + luma(dark));
            }
            if (day.getSaturation() > 0.15 && hueDistance(day, dark) > 25) {
                wrong.add(name + " changes hue from " + day.getHue() + " to " + dark.getHue());
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void skinStaysTheLightestPartOfAPersonAndTheClotStaysRed() throws IOException {
        Map<String, Color> night = palette(true);
        Map<String, Color> light = palette(false);
        Color skin = night.get("-nc-ill-skin");
        // Light skin stays light: not more than a quarter darker, and lighter than clothes and room.
        assertTrue(luma(skin) > 0.75 * luma(light.get("-nc-ill-skin")), "skin " + skin);
        for (String other : List.of("-nc-ill-cloth", "-nc-ill-furniture", "-nc-ill-ground", "-nc-ill-outline")) {
            assertTrue(luma(skin) > luma(night.get(other)), "skin is darker than " + other);
        }
        Color clot = night.get("-nc-ill-warning");
        assertTrue(clot.getOpacity() >= light.get("-nc-ill-warning").getOpacity(), "the red patch fades");
        assertTrue(hueDistance(clot, Color.RED) < 15 && clot.getSaturation() > 0.6, "the patch is red: " + clot);
    }

    private static Map<String, Color> palette(boolean night) throws IOException {
        String css;
        try (InputStream in = IllustrationNightTest.class.getResourceAsStream(
                "/org/nightcramp/illustration/illustration.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
        }
        Map<String, Color> colours = new LinkedHashMap<>();
        Matcher block = BLOCK.matcher(css);
        while (block.find()) {
            if ((block.group(1) != null) == night) {
                Matcher m = COLOUR.matcher(block.group(2));
                while (m.find()) {
                    colours.put(m.group(1), Color.web(m.group(2).trim()));
                }
            }
        }
        return colours;
    }

    private static double luma(Color c) {
        return 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
    }

    private static double hueDistance(Color a, Color b) {
        double d = Math.abs(a.getHue() - b.getHue()) % 360;
        return Math.min(d, 360 - d);
    }
}
