package org.nightcramp.content.illustration;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The elements and attributes of the spec's SVG subset, and nothing more. */
final class SvgVocabulary {

    static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";

    static final List<String> ELEMENTS = List.of(
            "svg", "g", "path", "circle", "ellipse", "rect", "line", "polyline", "polygon", "title", "desc");

    static final Set<String> SHAPES = Set.of("path", "circle", "ellipse", "rect", "line", "polyline", "polygon");

    /** Only meaningful to screen readers and editors; their text is not drawn. */
    static final Set<String> METADATA = Set.of("title", "desc");

    /** Attributes that would colour a shape behind the theme's back. */
    static final Set<String> COLOUR_ATTRIBUTES = Set.of(
            "fill", "stroke", "opacity", "fill-opacity", "stroke-opacity", "color");

    private static final Map<String, Set<String>> ATTRIBUTES = Map.ofEntries(
            Map.entry("svg", Set.of("id", "transform", "viewBox")),
            Map.entry("g", Set.of("id", "transform", "data-pivot")),
            Map.entry("path", shape("d")),
            Map.entry("circle", shape("cx", "cy", "r")),
            Map.entry("ellipse", shape("cx", "cy", "rx", "ry")),
            Map.entry("rect", shape("x", "y", "width", "height", "rx", "ry")),
            Map.entry("line", shape("x1", "y1", "x2", "y2")),
            Map.entry("polyline", shape("points")),
            Map.entry("polygon", shape("points")),
            Map.entry("title", Set.of("id")),
            Map.entry("desc", Set.of("id")));

    private SvgVocabulary() {
    }

    static Set<String> attributes(String element) {
        return ATTRIBUTES.getOrDefault(element, Set.of());
    }

    /** Allowed attributes in a stable order, for messages. */
    static String attributeList(String element) {
        return String.join(", ", attributes(element).stream().sorted().toList());
    }

    static String elementList() {
        return String.join(", ", ELEMENTS);
    }

    private static Set<String> shape(String... own) {
        return Stream.concat(Stream.of("id", "class", "transform", "stroke-width"), Stream.of(own))
                .collect(Collectors.toUnmodifiableSet());
    }
}
