package org.nightcramp.assessment;

import java.util.List;
import org.nightcramp.assessment.Urgency;
import org.nightcramp.content.Advice;
import org.nightcramp.content.OtherFactor;

/**
 * What the answers add up to: the causes that apply (most likely first), the advice that
 * matches them, the general advice for everyone, and the safety marks every feature honours.
 *
 * @param clotSigns         a Yes to any question flagged as a possible clot: urgent help
 * @param avoided           advice left out because of clot signs, such as massage
 * @param otherFactors      factors from "About you" to mention, such as pregnancy
 */
public record Findings(List<CauseFinding> causes, List<Advice> matchedAdvice,
                       List<Advice> generalAdvice, boolean clotSigns, List<Advice> avoided,
                       List<OtherFactor> otherFactors, boolean answered) {

    public Findings {
        causes = List.copyOf(causes);
        matchedAdvice = List.copyOf(matchedAdvice);
        generalAdvice = List.copyOf(generalAdvice);
        avoided = List.copyOf(avoided);
        otherFactors = List.copyOf(otherFactors);
    }

    /** Whether medical help comes before any self-help: some finding is {@link Urgency#HELP_TODAY}. */
    public boolean helpFirst() {
        return clotSigns || causes.stream().anyMatch(c -> c.urgency().helpFirst());
    }

    /** Massage and anything else unsafe with a possible clot is not advised. */
    public boolean massageNotAdvised() {
        return clotSigns;
    }
}
