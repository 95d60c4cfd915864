package org.nightcramp.content.illustration;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/** Reads one element's checked attributes into geometry, reporting bad values where they are. */
final class SvgValues {

    private static final Pattern ID = Pattern.compile("[a-z0-9-]+");

    private final Locator locator;
    private final String element;
    private final Map<String, String> attributes;

    SvgValues(Locator locator, String element, Map<String, String> attributes) {
        this.locator = locator;
        this.element = element;
        this.attributes = attributes;
    }

    /** The id, checked for form only; "" when absent. */
    String id() throws IllustrationException {
        String id = attributes.getOrDefault("id", "");
        if (attributes.containsKey("id") && !ID.matcher(id).matches()) {
            throw locator.atAttribute(IllustrationCode.ID_INVALID, element, "id", element, id);
        }
        return id;
    }

    ViewBox viewBox() throws IllustrationException {
        String value = required("viewBox");
        double[] v = list("viewBox", IllustrationCode.VIEWBOX_INVALID);
        if (v.length != 4 || !(v[2] > 0) || !(v[3] > 0)) {
            throw locator.atAttribute(IllustrationCode.VIEWBOX_INVALID, element, "viewBox",
                    element, "viewBox", 1, IllustrationSyntaxException.excerpt(value, 0));
        }
        return new ViewBox(v[0], v[1], v[2], v[3]);
    }

    Affine transform() throws IllustrationException {
        String value = attributes.get("transform");
        try {
            return value == null ? Affine.IDENTITY : Affine.parse(value);
        } catch (IllustrationSyntaxException e) {
            throw locator.atValue(e, element, "transform");
        }
    }

    Optional<Point> pivot() throws IllustrationException {
        if (!attributes.containsKey("data-pivot")) {
            return Optional.empty();
        }
        double[] v = list("data-pivot", IllustrationCode.PIVOT_INVALID);
        if (v.length != 2) {
            throw locator.atAttribute(IllustrationCode.PIVOT_INVALID, element, "data-pivot", element,
                    "data-pivot", 1, IllustrationSyntaxException.excerpt(attributes.get("data-pivot"), 0));
        }
        return Optional.of(new Point(v[0], v[1]));
    }

    PaletteClass paletteClass() throws IllustrationException {
        String value = attributes.get("class");
        if (value == null) {
            throw locator.atElement(IllustrationCode.CLASS_MISSING, element, element, PaletteClass.cssNames());
        }
        Optional<PaletteClass> paletteClass = PaletteClass.fromCssName(value.strip());
        if (paletteClass.isEmpty()) {
            throw locator.atAttribute(IllustrationCode.CLASS_UNKNOWN, element, "class", element, value,
                    PaletteClass.cssNames());
        }
        return paletteClass.get();
    }

    OptionalDouble strokeWidth() throws IllustrationException {
        return optionalSize("stroke-width");
    }

    /** The element's outline; only called for shapes. */
    PathData path() throws IllustrationException {
        switch (element) {
            case "path":
                String d = required("d");
                try {
                    return PathData.parse(d);
                } catch (IllustrationSyntaxException e) {
                    throw locator.atValue(e, element, "d");
                }
            case "circle":
                return BasicShapes.circle(number("cx"), number("cy"), size("r"));
            case "ellipse":
                return BasicShapes.ellipse(number("cx"), number("cy"), size("rx"), size("ry"));
            case "rect":
                // As in SVG, a corner radius given alone applies to both directions.
                OptionalDouble rx = optionalSize("rx");
                OptionalDouble ry = optionalSize("ry");
                return BasicShapes.rect(number("x"), number("y"), size("width"), size("height"),
                        rx.orElse(ry.orElse(0)), ry.orElse(rx.orElse(0)));
            case "line":
                return BasicShapes.line(number("x1"), number("y1"), number("x2"), number("y2"));
            default:
                double[] xy = list("points", IllustrationCode.POINTS_INVALID);
                if (xy.length < 2 || xy.length % 2 != 0) {
                    String value = attributes.get("points");
                    throw locator.atAttribute(IllustrationCode.POINTS_INVALID, element, "points", element,
                            "points", value.length(), IllustrationSyntaxException.excerpt(value, value.length()));
                }
                return element.equals("polygon") ? BasicShapes.polygon(xy) : BasicShapes.polyline(xy);
        }
    }

    /** A number attribute, 0 when absent as SVG says. */
    private double number(String name) throws IllustrationException {
        String value = attributes.get(name);
        try {
            return value == null ? 0 : NumberScanner.single(value, IllustrationCode.NUMBER_INVALID);
        } catch (IllustrationSyntaxException e) {
            throw locator.atValue(e, element, name);
        }
    }

    /** A required size or radius. */
    private double size(String name) throws IllustrationException {
        required(name);
        return optionalSize(name).getAsDouble();
    }

    private OptionalDouble optionalSize(String name) throws IllustrationException {
        if (!attributes.containsKey(name)) {
            return OptionalDouble.empty();
        }
        double value = number(name);
        if (value < 0) {
            throw locator.atAttribute(IllustrationCode.NUMBER_NEGATIVE, element, name, element, name, 1,
                    IllustrationSyntaxException.excerpt(attributes.get(name), 0));
        }
        return OptionalDouble.of(value);
    }

    private double[] list(String name, IllustrationCode code) throws IllustrationException {
        try {
            return NumberScanner.list(required(name), code);
        } catch (IllustrationSyntaxException e) {
            throw locator.atValue(e, element, name);
        }
    }

    private String required(String name) throws IllustrationException {
        String value = attributes.get(name);
        if (value == null) {
            throw locator.atElement(IllustrationCode.ATTRIBUTE_MISSING, element, element, name);
        }
        return value;
    }
}
