package org.nightcramp.wizard;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.nightcramp.assessment.Answer;
import org.nightcramp.assessment.Answers;
import org.nightcramp.assessment.CauseFinding;
import org.nightcramp.assessment.Findings;
import org.nightcramp.content.Advice;
import org.nightcramp.content.AdviceKind;
import org.nightcramp.content.Guide;
import org.nightcramp.content.HelpItem;
import org.nightcramp.content.OtherFactor;

/**
 * What the summary page shows, worked out from the findings so the page only lays it out.
 *
 * @param causes        the causes that apply, most likely first
 * @param duringCramp   what to do while a cramp has hold, without anything unsafe for the answers
 * @param everyday      habits that help everyone and are not already listed under a cause
 * @param otherFactors  things from "About you" that may play a part
 * @param warningSigns  when to get medical help the same day
 * @param urgentCauses  ids of the causes with a Yes to a possible clot: they need a doctor today
 */
public record SummaryContent(List<CauseFinding> causes, List<Advice> duringCramp, List<Advice> everyday,
                             List<OtherFactor> otherFactors, List<HelpItem> warningSigns,
                             String emergencyNow, boolean massageNotAdvised, boolean answered,
                             Set<String> urgentCauses) {

    public SummaryContent {
        urgentCauses = Set.copyOf(urgentCauses);
        causes = List.copyOf(causes);
        duringCramp = List.copyOf(duringCramp);
        everyday = List.copyOf(everyday);
        otherFactors = List.copyOf(otherFactors);
        warningSigns = List.copyOf(warningSigns);
    }

    public static SummaryContent of(Guide guide, Findings findings, Answers answers) {
        List<Advice> during = guide.advice().stream()
                .filter(a -> a.kind() != AdviceKind.PREVENTION)
                .filter(Advice::forEveryone)
                .filter(a -> !findings.avoided().contains(a))
                .toList();
        List<Advice> everyday = findings.generalAdvice().stream()
                .filter(a -> a.kind() == AdviceKind.PREVENTION)
                .toList();
        Set<String> urgent = findings.causes().stream()
                .filter(f -> f.urgency().helpFirst())
                .map(f -> f.cause().id())
                .collect(Collectors.toSet());
        return new SummaryContent(findings.causes(), during, everyday, findings.otherFactors(),
                guide.medicalHelp().urgent(), guide.medicalHelp().emergencyNow(),
                findings.massageNotAdvised(), findings.answered(), urgent);
    }

    /** True for a cause that needs a doctor today rather than self-help. */
    public boolean isUrgent(CauseFinding finding) {
        return urgentCauses.contains(finding.cause().id());
    }

    /** True when medical help must come before any self-help: the first way on is Get help. */
    public boolean helpFirst() {
        return !urgentCauses.isEmpty() || massageNotAdvised;
    }

    /** True when no cause fits the answers: the page then says so kindly and shows the habits. */
    public boolean noCauseFound() {
        return causes.isEmpty();
    }
}
