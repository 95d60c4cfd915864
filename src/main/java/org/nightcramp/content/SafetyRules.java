package org.nightcramp.content;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The checks that keep safety meaning in the data: every safety point has its one reviewed
 * wording in this locale, each item names its points at most once, and the items whose nature
 * calls for a point carry it (a massage that is unsafe with a clot, a clot-sign question, the
 * routine's clot check, general-health advice, a stretching routine). A translation is held to the
 * same lists by {@link LocaleConsistency}.
 */
final class SafetyRules {

    private final String file;
    private final List<ContentProblem> problems = new ArrayList<>();

    private SafetyRules(String file) {
        this.file = file;
    }

    static List<ContentProblem> check(String file, Guide guide) {
        SafetyRules rules = new SafetyRules(file);
        rules.run(guide);
        return List.copyOf(rules.problems);
    }

    private void run(Guide g) {
        wordings(g.safetyPoints(), usedBy(g));
        for (int i = 0; i < g.causes().size(); i++) {
            Cause c = g.causes().get(i);
            String at = "$.causes[" + i + "].safety";
            unique(at, c.safety());
            if (c.questions().stream().anyMatch(q -> q.flag() == QuestionFlag.CLOT_SIGN)) {
                require(at, c.safety(), "safety.forClotQuestion", SafetyPoint.CLOT_SIGNS, SafetyPoint.SAME_DAY);
            }
        }
        for (int i = 0; i < g.otherFactors().size(); i++) {
            unique("$.otherFactors[" + i + "].safety", g.otherFactors().get(i).safety());
        }
        for (int i = 0; i < g.aboutYou().size(); i++) {
            unique("$.aboutYou[" + i + "].safety", g.aboutYou().get(i).safety());
        }
        for (int i = 0; i < g.advice().size(); i++) {
            Advice a = g.advice().get(i);
            String at = "$.advice[" + i + "].safety";
            unique(at, a.safety());
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
    }

    private void routine(String path, Routine routine) {
        unique(path + ".safety", routine.safety());
        boolean checked = false;
        for (int s = 0; s < routine.steps().size(); s++) {
            RoutineStep step = routine.steps().get(s);
            String at = path + ".steps[" + s + "]";
            unique(at + ".safety", step.safety());
            if (step.kind() == StepKind.CHECK) {
                checked = true;
                require(at + ".safety", step.safety(), "safety.forCheckStep", SafetyPoint.CHECK_YES, SafetyPoint.SAME_DAY);
            }
            if (step.kind() == StepKind.MASSAGE && !checked) {
                add(at + ".kind", "safety.massageBeforeCheck", step.id());
            }
        }
        boolean stretches = routine.steps().stream()
                .anyMatch(s -> s.kind() == StepKind.HOLD && s.animation() == Animation.STRETCH);
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
                .forEach(id -> add("$.safetyPoints." + id, "safety.unknownPoint", id, allIds()));
    }

    /** For each point, the first place that carries it, so a missing wording says where it shows. */
    private static Map<SafetyPoint, String> usedBy(Guide g) {
        Map<SafetyPoint, String> used = new EnumMap<>(SafetyPoint.class);
        BiConsumer<String, List<SafetyPoint>> note = (path, points) -> points.forEach(p -> used.putIfAbsent(p, path));
        for (int i = 0; i < g.causes().size(); i++) {
            note.accept("$.causes[" + i + "].safety", g.causes().get(i).safety());
        }
        for (int i = 0; i < g.otherFactors().size(); i++) {
            note.accept("$.otherFactors[" + i + "].safety", g.otherFactors().get(i).safety());
        }
        for (int i = 0; i < g.aboutYou().size(); i++) {
            note.accept("$.aboutYou[" + i + "].safety", g.aboutYou().get(i).safety());
        }
        for (int i = 0; i < g.advice().size(); i++) {
            note.accept("$.advice[" + i + "].safety", g.advice().get(i).safety());
        }
        for (int r = 0; r < g.routines().size(); r++) {
            Routine routine = g.routines().get(r);
            note.accept("$.routines[" + r + "].safety", routine.safety());
            for (int s = 0; s < routine.steps().size(); s++) {
                note.accept("$.routines[" + r + "].steps[" + s + "].safety", routine.steps().get(s).safety());
            }
        }
        return used;
    }

    private void require(String path, List<SafetyPoint> have, String reason, SafetyPoint... wanted) {
        for (SafetyPoint point : wanted) {
            if (!have.contains(point)) {
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

    private static String allIds() {
        return String.join(", ", java.util.Arrays.stream(SafetyPoint.values()).map(SafetyPoint::id).toList());
    }

    private void add(String path, String code, Object... args) {
        problems.add(ContentProblem.of(file, path, code, args));
    }
}
