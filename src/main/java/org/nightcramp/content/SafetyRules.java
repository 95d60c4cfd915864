package org.nightcramp.content;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The checks that keep safety meaning in the data: every safety point has its one reviewed
 * wording in this locale, each item names its points at most once, the items in the
 * language-neutral {@link SafetyRequirements} table carry their points, and the items whose nature
 * calls for a point carry it (a massage that is unsafe with a clot, a clot-sign question, the
 * routine's clot check, general-health advice, a stretching routine and each of its stretches). A
 * cause that asks about clot signs links no self-care advice. A translation is held to the same
 * lists by {@link LocaleConsistency}.
 */
final class SafetyRules {

    private final String file;
    private final List<ContentProblem> problems = new ArrayList<>();
    /** "path point" of each missing point already reported. */
    private final Set<String> missing = new HashSet<>();

    private SafetyRules(String file) {
        this.file = file;
    }

    static List<ContentProblem> check(String file, Guide guide) {
        SafetyRules rules = new SafetyRules(file);
        rules.run(guide);
        return List.copyOf(rules.problems);
    }

    private void run(Guide g) {
        List<SafetyItem> items = SafetyItem.all(g);
        wordings(g.safetyPoints(), usedBy(items));
        items.forEach(item -> unique(item.safetyPath(), item.safety()));
        for (int i = 0; i < g.causes().size(); i++) {
            Cause c = g.causes().get(i);
            if (c.questions().stream().anyMatch(q -> q.flag() == QuestionFlag.CLOT_SIGN)) {
                require("$.causes[" + i + "].safety", c.safety(), "safety.forClotQuestion", SafetyPoint.CLOT_SIGNS,
                        SafetyPoint.SAME_DAY);
                onlyWarningAdvice("$.causes[" + i + "].adviceIds", c, g);
            }
        }
        for (int i = 0; i < g.advice().size(); i++) {
            Advice a = g.advice().get(i);
            String at = "$.advice[" + i + "].safety";
            if (a.avoidWithClotSigns()) {
                require(at, a.safety(), "safety.forAvoidWithClot", SafetyPoint.CLOT_SIGNS, SafetyPoint.SAME_DAY);
            }
            if (a.evidence().level() == EvidenceLevel.GENERAL) {
                require(at, a.safety(), "safety.forGeneralAdvice", SafetyPoint.NOT_A_CURE);
            }
        }
        for (int r = 0; r < g.routines().size(); r++) {
            routine("$.routines[" + r + "]", g.routines().get(r));
        }
        // Last, so a point a rule above already asked for is reported once, with the rule's reason.
        required(items);
    }

    /**
     * Every item in the table carries its points. An item left out of every language is not
     * reported here: that is a change to what the guide covers, which a reviewer sees in the ids
     * (and a translation must match English, see {@link LocaleConsistency}).
     */
    private void required(List<SafetyItem> items) {
        for (SafetyItem item : items) {
            List<SafetyPoint> points = SafetyRequirements.required().getOrDefault(item.key(), List.of());
            require(item.safetyPath(), item.safety(), "safety.required", points.toArray(SafetyPoint[]::new));
        }
    }

    /** A warning-sign cause leads to a professional, never to advice to try at home. */
    private void onlyWarningAdvice(String path, Cause cause, Guide g) {
        for (int i = 0; i < cause.adviceIds().size(); i++) {
            String id = cause.adviceIds().get(i);
            boolean selfCare = g.adviceItem(id).filter(a -> a.evidence().level() != EvidenceLevel.WARNING).isPresent();
            if (selfCare) {
                add(path + "[" + i + "]", "safety.selfCareUnderWarning", id);
            }
        }
    }

    private void routine(String path, Routine routine) {
        boolean checked = false;
        boolean stretches = false;
        for (int s = 0; s < routine.steps().size(); s++) {
            RoutineStep step = routine.steps().get(s);
            String at = path + ".steps[" + s + "]";
            if (step.kind() == StepKind.CHECK) {
                checked = true;
                require(at + ".safety", step.safety(), "safety.forCheckStep", SafetyPoint.CHECK_YES, SafetyPoint.SAME_DAY);
            }
            if (step.kind() == StepKind.MASSAGE && !checked) {
                add(at + ".kind", "safety.massageBeforeCheck", step.id());
            }
            if (step.kind() == StepKind.HOLD && step.animation() == Animation.STRETCH) {
                stretches = true;
                // On the step itself, so the relief panel shows it beside every stretch.
                require(at + ".safety", step.safety(), "safety.forStretchingStep", SafetyPoint.STOP_BEFORE_PAIN);
            }
        }
        if (stretches) {
            require(path + ".safety", routine.safety(), "safety.forStretching", SafetyPoint.STOP_BEFORE_PAIN);
        }
    }

    /** Every point has a wording here, and every wording belongs to a point. */
    private void wordings(Map<String, String> wordings, Map<SafetyPoint, String> usedBy) {
        for (SafetyPoint point : SafetyPoint.values()) {
            if (wordings.get(point.id()) == null) {
                add("$.safetyPoints", "safety.missingWording", point.id(),
                        usedBy.getOrDefault(point, "-"));
            }
        }
        wordings.keySet().stream().filter(id -> SafetyPoint.byId(id).isEmpty())
                .forEach(id -> add("$.safetyPoints." + id, "safety.unknownPoint", id, ids(List.of(SafetyPoint.values()))));
    }

    /** For each point, the first place that carries it, so a missing wording says where it shows. */
    private static Map<SafetyPoint, String> usedBy(List<SafetyItem> items) {
        Map<SafetyPoint, String> used = new EnumMap<>(SafetyPoint.class);
        items.forEach(item -> item.safety().forEach(p -> used.putIfAbsent(p, item.safetyPath())));
        return used;
    }

    private void require(String path, List<SafetyPoint> have, String reason, SafetyPoint... wanted) {
        for (SafetyPoint point : wanted) {
            if (!have.contains(point) && missing.add(path + " " + point.id())) {
                add(path, reason, point.id());
            }
        }
    }

    private void unique(String path, List<SafetyPoint> points) {
        Set<SafetyPoint> seen = EnumSet.noneOf(SafetyPoint.class);
        Set<SafetyPoint> reported = new HashSet<>();
        for (SafetyPoint point : points) {
            if (!seen.add(point) && reported.add(point)) {
                add(path, "safety.duplicate", point.id());
            }
        }
    }

    private static String ids(List<SafetyPoint> points) {
        return points.stream().map(SafetyPoint::id).collect(Collectors.joining(", "));
    }

    private void add(String path, String code, Object... args) {
        problems.add(ContentProblem.of(file, path, code, args));
    }
}
