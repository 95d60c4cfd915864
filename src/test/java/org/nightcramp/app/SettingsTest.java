package org.nightcramp.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.nightcramp.storage.StrictJson;

class SettingsTest {

    private final ObjectMapper mapper = StrictJson.create();

    @Test
    void defaultsFollowTheSystemLanguageInACentredWindow() {
        Settings d = Settings.defaults();

        assertEquals(new Settings(1, "", Theme.LIGHT, 1.0,
                new WindowBounds(-1, -1, 1100, 760, false), false), d);
        assertTrue(d.window().centred());
    }

    @Test
    void withMethodsChangeOneFieldOnly() {
        Settings d = Settings.defaults();
        WindowBounds placed = new WindowBounds(10, 20, 800, 600, true);

        assertEquals(new Settings(1, "zh-CN", Theme.LIGHT, 1.0, d.window(), false),
                d.withLocale("zh-CN"));
        assertEquals(new Settings(1, "", Theme.NIGHT, 1.0, d.window(), false),
                d.withTheme(Theme.NIGHT));
        assertEquals(new Settings(1, "", Theme.LIGHT, 1.5, d.window(), false),
                d.withTextScale(1.5));
        assertEquals(new Settings(1, "", Theme.LIGHT, 1.0, placed, false), d.withWindow(placed));
        assertEquals(new Settings(1, "", Theme.LIGHT, 1.0, d.window(), true),
                d.withDisclaimerAcknowledged(true));
        assertFalse(placed.centred());
    }

    @Test
    void sanitizedClampsTextScale() {
        Settings d = Settings.defaults();

        assertEquals(0.8, d.withTextScale(0.5).sanitized().textScale());
        assertEquals(2.0, d.withTextScale(7).sanitized().textScale());
        assertEquals(1.0, d.withTextScale(Double.NaN).sanitized().textScale());
        assertEquals(1.25, d.withTextScale(1.25).sanitized().textScale());
    }

    @Test
    void sanitizedRaisesTinyWindowsAndKeepsTheRest() {
        Settings tiny = Settings.defaults().withLocale("en").withTheme(Theme.NIGHT)
                .withWindow(new WindowBounds(30, 40, 100, 50, true));

        assertEquals(tiny.withWindow(new WindowBounds(30, 40, 640, 480, true)), tiny.sanitized());
        assertEquals(new WindowBounds(-1, -1, 1100, 760, false),
                new WindowBounds(Double.NaN, 5, Double.POSITIVE_INFINITY, Double.NaN, false)
                        .sanitized());
    }

    @Test
    void validSettingsAreUnchangedBySanitizing() {
        Settings s = new Settings(1, "zh-CN", Theme.NIGHT, 2.0,
                new WindowBounds(0, 0, 640, 480, false), true);

        assertEquals(s, s.sanitized());
    }

    @Test
    void writesTheDocumentedJson() throws Exception {
        assertEquals("""
                {
                  "schema" : 1,
                  "locale" : "",
                  "theme" : "light",
                  "textScale" : 1.0,
                  "window" : {
                    "x" : -1.0,
                    "y" : -1.0,
                    "width" : 1100.0,
                    "height" : 760.0,
                    "maximized" : false
                  },
                  "disclaimerAcknowledged" : false,
                  "country" : ""
                }""", mapper.writeValueAsString(Settings.defaults()));
    }

    @Test
    void roundTripsThroughTheStrictMapper() throws Exception {
        Settings s = new Settings(1, "zh-CN", Theme.NIGHT, 1.4,
                new WindowBounds(12.5, 30, 900, 700, true), true);

        assertEquals(s, mapper.readValue(mapper.writeValueAsBytes(s), Settings.class));
        assertEquals(Settings.defaults(),
                mapper.readValue(mapper.writeValueAsBytes(Settings.defaults()), Settings.class));
    }

    @Test
    void unknownThemeIsRejected() throws Exception {
        String json = mapper.writeValueAsString(Settings.defaults()).replace("\"light\"", "\"dark\"");

        assertThrows(JsonMappingException.class, () -> mapper.readValue(json, Settings.class));
    }
}
