package org.nightcramp.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One locale's whole guide, as read from {@code content/<locale>/guide.json}.
 *
 * @param safetyPoints the one reviewed wording of each {@link SafetyPoint}, by its id; every page
 *                     and the sheet show an item's safety points in these words
 */
public record Guide(
        int schema,
        Meta meta,
        List<Cause> causes,
        List<OtherFactor> otherFactors,
        List<AboutYouItem> aboutYou,
        List<Advice> advice,
        List<Routine> routines,
        MedicalHelp medicalHelp,
        Map<String, String> safetyPoints) {

    /** The only schema version this build reads. */
    public static final int SCHEMA = 1;

    public Guide {
        causes = List.copyOf(causes);
        otherFactors = List.copyOf(otherFactors);
        aboutYou = List.copyOf(aboutYou);
        advice = List.copyOf(advice);
        routines = List.copyOf(routines);
        // Kept in the file's order, so problems and lists read in the order the translator wrote.
        safetyPoints = Collections.unmodifiableMap(new LinkedHashMap<>(safetyPoints));
    }

    public Optional<Cause> cause(String id) {
        return causes.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<OtherFactor> otherFactor(String id) {
        return otherFactors.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    public Optional<Advice> adviceItem(String id) {
        return advice.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public Optional<Routine> routine(String id) {
        return routines.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public Optional<Source> source(String id) {
        return meta.sources().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /**
     * The reviewed wording of each point, in the order given. The content checker makes sure every
     * point has one, so a missing wording here means an unchecked guide: that fails loudly rather
     * than leaving a safety point out.
     */
    public List<String> safetyLines(List<SafetyPoint> points) {
        return points.stream().map(p -> {
            String line = safetyPoints.get(p.id());
            if (line == null || line.isBlank()) {
                throw new IllegalStateException("The guide " + meta.locale() + " has no wording for the safety point "
                        + p.id() + " ($.safetyPoints." + p.id() + ")");
            }
            return line;
        }).toList();
    }

    /** A warning sign's text followed by the wording of its safety points. */
    public String helpText(HelpItem item) {
        return withSafety(item.text(), item.safety());
    }

    /** The text followed by the wording of its safety points, for places that show one run of text. */
    public String withSafety(String text, List<SafetyPoint> points) {
        return SafetyText.join(text, safetyLines(points));
    }
}
