package org.nightcramp.content.illustration;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The colour roles a shape can take; the theme or the printed sheet decides the actual colours. */
public enum PaletteClass {
    OUTLINE("outline", false, true, 3),
    SKIN("skin", true, true, 3),
    SKIN_SHADE("skin-shade", true, false, 0),
    NAIL("nail", true, true, 1.5),
    CLOTH("cloth", true, true, 3),
    CLOTH_SHADE("cloth-shade", true, false, 0),
    TOWEL("towel", true, true, 3),
    FURNITURE("furniture", true, true, 3),
    GROUND("ground", true, false, 0),
    ACCENT("accent", true, false, 0),
    ACCENT_LINE("accent-line", false, true, 3),
    COOL("cool", true, true, 2),
    WARNING("warning", true, false, 0),
    VEIN("vein", false, true, 2.5),
    FOOD_LIGHT("food-light", true, true, 3),
    FOOD_GREEN("food-green", true, true, 3),
    FOOD_WARM("food-warm", true, true, 3);

    /** Asked for every shape of every drawing: the start-up parses some 360 before the first frame. */
    private static final Map<String, PaletteClass> BY_CSS_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(PaletteClass::cssName, p -> p));

    private final String cssName;
    private final boolean fills;
    private final boolean strokes;
    private final double defaultStrokeWidth;

    PaletteClass(String cssName, boolean fills, boolean strokes, double defaultStrokeWidth) {
        this.cssName = cssName;
        this.fills = fills;
        this.strokes = strokes;
        this.defaultStrokeWidth = defaultStrokeWidth;
    }

    /** The class name as written in the SVG and in CSS, such as {@code skin-shade}. */
    public String cssName() {
        return cssName;
    }

    public boolean fills() {
        return fills;
    }

    public boolean strokes() {
        return strokes;
    }

    /** Line width in viewBox units when the shape gives no stroke-width; 0 when it has no line. */
    public double defaultStrokeWidth() {
        return defaultStrokeWidth;
    }

    public static Optional<PaletteClass> fromCssName(String name) {
        return Optional.ofNullable(BY_CSS_NAME.get(name));
    }

    /** All class names, comma separated, for messages that list what is allowed. */
    public static String cssNames() {
        return String.join(", ", Arrays.stream(values()).map(PaletteClass::cssName).toList());
    }
}
