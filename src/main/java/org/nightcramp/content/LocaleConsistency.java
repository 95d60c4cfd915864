package org.nightcramp.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Checks that a translation has exactly the English guide's ids, in the same order, and the
 * same language-neutral values (timings, links, flags), so every locale behaves alike.
 */
final class LocaleConsistency {

    private final String file;
    private final List<ContentProblem> problems = new ArrayList<>();

    private LocaleConsistency(String file) {
        this.file = file;
    }

    static List<ContentProblem> compare(String file, Guide reference, Guide guide) {
        LocaleConsistency c = new LocaleConsistency(file);
        c.run(reference, guide);
        return List.copyOf(c.problems);
    }

    private void run(Guide en, Guide g) {
        sameIds("$.meta.sources", en.meta().sources(), g.meta().sources(), Source::id);
        pairs("$.meta.sources", en.meta().sources(), g.meta().sources(), Source::id,
                (p, a, b) -> same(p + ".url", a.url(), b.url()));
        sameIds("$.causes", en.causes(), g.causes(), Cause::id);
        pairs("$.causes", en.causes(), g.causes(), Cause::id, (p, a, b) -> {
            same(p + ".adviceIds", a.adviceIds(), b.adviceIds());
            same(p + ".safety", a.safety(), b.safety());
            same(p + ".illustration", a.illustration(), b.illustration());
            sameEvidence(p + ".evidence", a.evidence(), b.evidence());
            sameIds(p + ".questions", a.questions(), b.questions(), Question::id);
            pairs(p + ".questions", a.questions(), b.questions(), Question::id,
                    (q, x, y) -> {
                        same(q + ".flag", x.flag(), y.flag());
                        same(q + ".answers", x.answers(), y.answers());
                    });
        });
        sameIds("$.otherFactors", en.otherFactors(), g.otherFactors(), OtherFactor::id);
        pairs("$.otherFactors", en.otherFactors(), g.otherFactors(), OtherFactor::id,
                (p, a, b) -> same(p + ".safety", a.safety(), b.safety()));
        sameIds("$.aboutYou", en.aboutYou(), g.aboutYou(), AboutYouItem::id);
        pairs("$.aboutYou", en.aboutYou(), g.aboutYou(), AboutYouItem::id, (p, a, b) -> {
            same(p + ".answers", a.answers(), b.answers());
            same(p + ".factorId", a.factorId(), b.factorId());
            same(p + ".safety", a.safety(), b.safety());
        });
        sameIds("$.advice", en.advice(), g.advice(), Advice::id);
        pairs("$.advice", en.advice(), g.advice(), Advice::id, (p, a, b) -> {
            same(p + ".kind", a.kind(), b.kind());
            same(p + ".forEveryone", a.forEveryone(), b.forEveryone());
            same(p + ".avoidWithClotSigns", a.avoidWithClotSigns(), b.avoidWithClotSigns());
            same(p + ".safety", a.safety(), b.safety());
            sameEvidence(p + ".evidence", a.evidence(), b.evidence());
        });
        sameIds("$.routines", en.routines(), g.routines(), Routine::id);
        pairs("$.routines", en.routines(), g.routines(), Routine::id, (p, a, b) -> {
            same(p + ".safety", a.safety(), b.safety());
            sameIds(p + ".steps", a.steps(), b.steps(), RoutineStep::id);
            pairs(p + ".steps", a.steps(), b.steps(), RoutineStep::id, this::sameStep);
        });
        for (String list : List.of("urgent", "soon")) {
            Function<MedicalHelp, List<HelpItem>> items = list.equals("urgent") ? MedicalHelp::urgent : MedicalHelp::soon;
            String path = "$.medicalHelp." + list;
            sameIds(path, items.apply(en.medicalHelp()), items.apply(g.medicalHelp()), HelpItem::id);
            pairs(path, items.apply(en.medicalHelp()), items.apply(g.medicalHelp()), HelpItem::id,
                    (p, a, b) -> same(p + ".safety", a.safety(), b.safety()));
        }
        List<String> enRegions = en.medicalHelp().emergencyNumbers().stream()
                .map(EmergencyContact::region).sorted().toList();
        List<String> regions = g.medicalHelp().emergencyNumbers().stream()
                .map(EmergencyContact::region).sorted().toList();
        same("$.medicalHelp.emergencyNumbers", enRegions, regions);
        // The numbers and their source are facts about a country, not words to translate.
        pairs("$.medicalHelp.emergencyNumbers", en.medicalHelp().emergencyNumbers(),
                g.medicalHelp().emergencyNumbers(), EmergencyContact::region, (p, a, b) -> {
                    same(p + ".numbers", numbers(a), numbers(b));
                    same(p + ".sourceUrl", a.sourceUrl(), b.sourceUrl());
                });
    }

    private static List<String> numbers(EmergencyContact contact) {
        return contact.numbers().stream().map(PhoneNumber::number).toList();
    }

    private void sameStep(String p, RoutineStep a, RoutineStep b) {
        same(p + ".kind", a.kind(), b.kind());
        same(p + ".seconds", a.seconds(), b.seconds());
        same(p + ".repetitions", a.repetitions(), b.repetitions());
        same(p + ".restSeconds", a.restSeconds(), b.restSeconds());
        same(p + ".side", a.side(), b.side());
        same(p + ".illustration", a.illustration(), b.illustration());
        same(p + ".animation", a.animation(), b.animation());
        same(p + ".safety", a.safety(), b.safety());
    }

    private void sameEvidence(String p, Evidence a, Evidence b) {
        same(p + ".level", a.level(), b.level());
        same(p + ".sourceIds", a.sourceIds(), b.sourceIds());
    }

    private <T> void sameIds(String path, List<T> en, List<T> other, Function<T, String> id) {
        List<String> want = en.stream().map(id).toList();
        List<String> have = other.stream().map(id).toList();
        want.stream().filter(w -> !have.contains(w))
                .forEach(w -> add(path, "locale.missingId", w));
        have.stream().filter(h -> !want.contains(h))
                .forEach(h -> add(path, "locale.extraId", h));
        if (want.size() == have.size() && want.containsAll(have) && !want.equals(have)) {
            add(path, "locale.order", String.join(", ", want));
        }
    }

    private interface PairCheck<T> {
        void check(String path, T english, T translated);
    }

    /** Runs the check on items with the same id, at the translated item's path. */
    private <T> void pairs(String path, List<T> en, List<T> other, Function<T, String> id,
                           PairCheck<T> check) {
        for (int i = 0; i < other.size(); i++) {
            T item = other.get(i);
            String itemId = id.apply(item);
            int index = i;
            en.stream().filter(e -> id.apply(e).equals(itemId)).findFirst()
                    .ifPresent(e -> check.check(path + "[" + index + "]", e, item));
        }
    }

    private void same(String path, Object english, Object translated) {
        if (!Objects.equals(english, translated)) {
            add(path, "locale.differs", show(translated), show(english));
        }
    }

    private static String show(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(LocaleConsistency::show).collect(java.util.stream.Collectors.joining(", ", "[", "]"));
        }
        return value instanceof Enum<?> e ? e.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') : String.valueOf(value);
    }

    private void add(String path, String code, Object... args) {
        problems.add(ContentProblem.of(file, path, code, args));
    }
}
