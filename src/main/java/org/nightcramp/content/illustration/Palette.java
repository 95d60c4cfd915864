package org.nightcramp.content.illustration;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Concrete colours for every palette class. {@link #PAPER} is the light palette for print; the
 * screen takes the same light values from {@code illustration.css}, and a test keeps them equal.
 */
public record Palette(Map<PaletteClass, Swatch> swatches) {

    /** How one palette class is painted; empty means no fill or no line. */
    public record Swatch(Optional<Rgb> fill, Optional<Rgb> stroke, double strokeWidth) {
        public Swatch {
            Objects.requireNonNull(fill);
            Objects.requireNonNull(stroke);
        }
    }

    private static final String OUTLINE = "#3b3a4a";

    /** The light palette, on white paper; the same colours as the light screen theme. */
    public static final Palette PAPER = new Palette(paper());

    public Palette {
        EnumMap<PaletteClass, Swatch> copy = new EnumMap<>(PaletteClass.class);
        copy.putAll(swatches);
        if (copy.size() != PaletteClass.values().length) {
            throw new IllegalArgumentException("A palette needs a swatch for every class");
        }
        swatches = Collections.unmodifiableMap(copy);
    }

    public Swatch swatch(PaletteClass paletteClass) {
        return swatches.get(paletteClass);
    }

    private static Map<PaletteClass, Swatch> paper() {
        Map<PaletteClass, Swatch> m = new EnumMap<>(PaletteClass.class);
        m.put(PaletteClass.OUTLINE, swatch(PaletteClass.OUTLINE, null, OUTLINE));
        m.put(PaletteClass.SKIN, swatch(PaletteClass.SKIN, "#f2c9a8", OUTLINE));
        m.put(PaletteClass.SKIN_SHADE, swatch(PaletteClass.SKIN_SHADE, "#dda584", null));
        m.put(PaletteClass.NAIL, swatch(PaletteClass.NAIL, "#fbe8e4", OUTLINE));
        m.put(PaletteClass.CLOTH, swatch(PaletteClass.CLOTH, "#b9c7d6", OUTLINE));
        m.put(PaletteClass.CLOTH_SHADE, swatch(PaletteClass.CLOTH_SHADE, "#97a9bd", null));
        m.put(PaletteClass.TOWEL, swatch(PaletteClass.TOWEL, "#e2b258", OUTLINE));
        m.put(PaletteClass.FURNITURE, swatch(PaletteClass.FURNITURE, "#ede7dd", OUTLINE));
        m.put(PaletteClass.GROUND, swatch(PaletteClass.GROUND, "#e4e0d9", null));
        m.put(PaletteClass.ACCENT, swatch(PaletteClass.ACCENT, "#2a9d8f", null));
        m.put(PaletteClass.ACCENT_LINE, swatch(PaletteClass.ACCENT_LINE, null, "#2a9d8f"));
        m.put(PaletteClass.COOL, swatch(PaletteClass.COOL, "#d4e9f7", "#4a8fc4"));
        m.put(PaletteClass.WARNING, swatch(PaletteClass.WARNING, "rgba(214, 69, 65, 0.45)", null));
        m.put(PaletteClass.VEIN, swatch(PaletteClass.VEIN, null, "#6a5acd"));
        m.put(PaletteClass.FOOD_LIGHT, swatch(PaletteClass.FOOD_LIGHT, "#fbf5e6", OUTLINE));
        m.put(PaletteClass.FOOD_GREEN, swatch(PaletteClass.FOOD_GREEN, "#7fb069", OUTLINE));
        m.put(PaletteClass.FOOD_WARM, swatch(PaletteClass.FOOD_WARM, "#d9b38c", OUTLINE));
        return m;
    }

    private static Swatch swatch(PaletteClass paletteClass, String fill, String stroke) {
        return new Swatch(Optional.ofNullable(fill).map(Rgb::parse), Optional.ofNullable(stroke).map(Rgb::parse),
                paletteClass.defaultStrokeWidth());
    }
}
