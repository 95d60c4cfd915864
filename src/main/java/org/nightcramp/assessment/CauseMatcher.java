package org.nightcramp.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.nightcramp.content.AboutYouItem;
import org.nightcramp.content.Advice;
import org.nightcramp.content.Cause;
import org.nightcramp.content.Guide;
import org.nightcramp.content.OtherFactor;
import org.nightcramp.content.Question;
import org.nightcramp.content.QuestionFlag;

/**
 * Turns answers into findings. Plain rules a person could check by hand: a cause applies when
 * a question about it is answered Yes, or most of them Not sure; more Yes answers rank it higher;
 * a Yes to a clot sign puts blood flow first and takes massage off the table; a Yes in "About
 * you" brings in the other factor that the guide links the question to.
 */
public final class CauseMatcher {

    public Findings match(Guide guide, Answers answers) {
        boolean clotSigns = guide.causes().stream()
                .flatMap(c -> c.questions().stream())
                .anyMatch(q -> q.flag() == QuestionFlag.CLOT_SIGN
                        && answers.question(q.id()).orElse(null) == Answer.YES);
        List<Advice> avoided = clotSigns
                ? guide.advice().stream().filter(Advice::avoidWithClotSigns).toList()
                : List.of();
        List<CauseFinding> found = new ArrayList<>();
        for (Cause cause : guide.causes()) {
            finding(guide, cause, answers, avoided).ifPresent(found::add);
        }
        found.sort(Comparator.comparing((CauseFinding f) -> !f.urgency().helpFirst())
                .thenComparing(f -> -(2 * f.yes() + f.notSure())));
        Set<Advice> matched = new LinkedHashSet<>();
        found.forEach(f -> matched.addAll(f.advice()));
        List<Advice> general = guide.advice().stream()
                .filter(Advice::forEveryone)
                .filter(a -> !avoided.contains(a))
                .filter(a -> !matched.contains(a))
                .toList();
        // The content says which factor each question points at, so a new one needs no Java change.
        Set<String> yesFactors = new LinkedHashSet<>();
        for (AboutYouItem item : guide.aboutYou()) {
            if (answers.aboutYou(item.id()).orElse(null) == Answer.YES) {
                yesFactors.add(item.factorId());
            }
        }
        List<OtherFactor> factors = guide.otherFactors().stream()
                .filter(f -> yesFactors.contains(f.id()))
                .toList();
        return new Findings(found, List.copyOf(matched), general, clotSigns, avoided, factors,
                !answers.isEmpty());
    }

    private static java.util.Optional<CauseFinding> finding(Guide guide, Cause cause, Answers answers,
                                                           List<Advice> avoided) {
        int yes = count(cause, answers, Answer.YES);
        int notSure = count(cause, answers, Answer.NOT_SURE);
        Likelihood likelihood;
        if (yes >= 2) {
            likelihood = Likelihood.LIKELY;
        } else if (yes == 1 || notSure * 2 > cause.questions().size()) {
            likelihood = Likelihood.POSSIBLE;
        } else {
            return java.util.Optional.empty();
        }
        List<Advice> advice = cause.adviceIds().stream()
                .map(guide::adviceItem)
                .flatMap(java.util.Optional::stream)
                .filter(a -> !avoided.contains(a))
                .toList();
        return java.util.Optional.of(new CauseFinding(cause, likelihood, yes, notSure, advice,
                hasClotSign(cause, answers)));
    }

    private static int count(Cause cause, Answers answers, Answer wanted) {
        return (int) cause.questions().stream()
                .map(Question::id)
                .filter(id -> answers.question(id).orElse(null) == wanted)
                .count();
    }

    private static boolean hasClotSign(Cause cause, Answers answers) {
        return cause.questions().stream().anyMatch(q -> q.flag() == QuestionFlag.CLOT_SIGN
                && answers.question(q.id()).orElse(null) == Answer.YES);
    }
}
