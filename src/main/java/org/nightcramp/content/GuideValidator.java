package org.nightcramp.content;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Checks one locale's guide beyond what JSON can say: ids, references, timings, blanks, safety. */
final class GuideValidator {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");
    private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+");

    private final String file;
    private final List<ContentProblem> problems = new ArrayList<>();

    private GuideValidator(String file) {
        this.file = file;
    }

    static List<ContentProblem> validate(String file, String folderLocale, Guide guide) {
        GuideValidator v = new GuideValidator(file);
        v.check(folderLocale, guide);
        return List.copyOf(v.problems);
    }

    private void check(String folderLocale, Guide g) {
        if (g.schema() != Guide.SCHEMA) {
            add("$.schema", "guide.schema", g.schema(), Guide.SCHEMA);
        }
        checkMeta(folderLocale, g.meta());
        ListRules.eachEmptyRequired(g, path -> add(path, "list.empty"));
        RecordWalker.eachString(g, "$", (path, text) -> {
            if (text.isBlank() && !path.endsWith(".restInstruction")) {
                add(path, "text.blank");
            }
            TextChars.firstBad(text).ifPresent(bad -> add(path, bad.code(), bad.codeUnit(), bad.index() + 1));
        });
        Set<String> sources = ids(g.meta().sources(), Source::id, "$.meta.sources");
        Set<String> advice = ids(g.advice(), Advice::id, "$.advice");
        ids(g.causes(), Cause::id, "$.causes");
        Set<String> factors = ids(g.otherFactors(), OtherFactor::id, "$.otherFactors");
        ids(g.aboutYou(), AboutYouItem::id, "$.aboutYou");
        ids(g.routines(), Routine::id, "$.routines");
        ids(g.medicalHelp().urgent(), HelpItem::id, "$.medicalHelp.urgent");
        ids(g.medicalHelp().soon(), HelpItem::id, "$.medicalHelp.soon");
        // Question ids are unique across all causes, not only within one.
        Set<String> questions = new HashSet<>();
        for (int i = 0; i < g.causes().size(); i++) {
            ids(g.causes().get(i).questions(), Question::id, "$.causes[" + i + "].questions", questions);
        }
        for (int i = 0; i < g.causes().size(); i++) {
            checkCause("$.causes[" + i + "]", g.causes().get(i), advice, sources);
        }
        for (int i = 0; i < g.aboutYou().size(); i++) {
            String factor = g.aboutYou().get(i).factorId();
            if (!factors.contains(factor)) {
                add("$.aboutYou[" + i + "].factorId", "ref.unknownFactor", factor);
            }
        }
        for (int i = 0; i < g.advice().size(); i++) {
            checkEvidence("$.advice[" + i + "].evidence", g.advice().get(i).evidence(), sources);
        }
        for (int i = 0; i < g.routines().size(); i++) {
            checkRoutine("$.routines[" + i + "]", g.routines().get(i));
        }
        problems.addAll(EmergencyRules.check(file, g));
        problems.addAll(SafetyRules.check(file, g));
    }

    private void checkMeta(String folderLocale, Meta m) {
        if (!m.locale().equals(folderLocale)) {
            add("$.meta.locale", "meta.localeMismatch", m.locale(), folderLocale);
        }
        if (!VERSION.matcher(m.contentVersion()).matches()) {
            add("$.meta.contentVersion", "meta.version", m.contentVersion());
        }
        try {
            LocalDate.parse(m.lastReviewed());
        } catch (DateTimeParseException e) {
            add("$.meta.lastReviewed", "meta.date", m.lastReviewed());
        }
        for (int i = 0; i < m.sources().size(); i++) {
            if (!m.sources().get(i).url().startsWith("https://")) {
                add("$.meta.sources[" + i + "].url", "source.url", m.sources().get(i).url());
            }
        }
    }

    private void checkCause(String path, Cause c, Set<String> advice, Set<String> sources) {
        int n = c.questions().size();
        if (n < 2 || n > 4) {
            add(path + ".questions", "cause.questionCount", c.id(), n);
        }
        for (int i = 0; i < c.adviceIds().size(); i++) {
            if (!advice.contains(c.adviceIds().get(i))) {
                add(path + ".adviceIds[" + i + "]", "ref.unknownAdvice", c.adviceIds().get(i));
            }
        }
        checkEvidence(path + ".evidence", c.evidence(), sources);
    }

    private void checkEvidence(String path, Evidence e, Set<String> sources) {
        for (int i = 0; i < e.sourceIds().size(); i++) {
            if (!sources.contains(e.sourceIds().get(i))) {
                add(path + ".sourceIds[" + i + "]", "ref.unknownSource", e.sourceIds().get(i));
            }
        }
    }

    private void checkRoutine(String path, Routine r) {
        ids(r.steps(), RoutineStep::id, path + ".steps");
        for (int i = 0; i < r.steps().size(); i++) {
            RoutineStep s = r.steps().get(i);
            String at = path + ".steps[" + i + "]";
            boolean check = s.kind() == StepKind.CHECK;
            if (check ? s.seconds() != 0 : s.seconds() < 1 || s.seconds() > 600) {
                add(at + ".seconds", check ? "step.checkUntimed" : "step.seconds", s.seconds());
            }
            if (s.repetitions() < 1 || s.repetitions() > 20) {
                add(at + ".repetitions", "step.repetitions", s.repetitions());
            }
            if (s.restSeconds() < 0 || s.restSeconds() > 300) {
                add(at + ".restSeconds", "step.rest", s.restSeconds());
            }
            if (s.spoken().length() > RoutineStep.MAX_SPOKEN_CHARS) {
                add(at + ".spoken", "step.spokenLong", s.spoken().length(), RoutineStep.MAX_SPOKEN_CHARS);
            }
            boolean rests = s.restSeconds() > 0 && s.repetitions() > 1;
            if (rests == s.restInstruction().isBlank()) {
                add(at + ".restInstruction", rests ? "step.restTextMissing" : "step.restTextUnused");
            }
        }
    }

    private <T> Set<String> ids(List<T> items, Function<T, String> id, String path) {
        return ids(items, id, path, new HashSet<>());
    }

    /** Checks the items' ids against those already seen, which it adds to and returns. */
    private <T> Set<String> ids(List<T> items, Function<T, String> id, String path, Set<String> seen) {
        for (int i = 0; i < items.size(); i++) {
            String value = id.apply(items.get(i));
            String at = path + "[" + i + "]";
            if (!ID.matcher(value).matches()) {
                add(at + ".id", "id.format", value);
            } else if (!seen.add(value)) {
                add(at + ".id", "id.duplicate", value);
            }
        }
        return seen;
    }

    private void add(String path, String code, Object... args) {
        problems.add(ContentProblem.of(file, path, code, args));
    }
}
