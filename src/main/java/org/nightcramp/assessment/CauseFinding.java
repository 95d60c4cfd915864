package org.nightcramp.assessment;

import java.util.List;
import org.nightcramp.content.Advice;
import org.nightcramp.assessment.Urgency;
import org.nightcramp.content.Cause;

/**
 * A cause the answers point at, with the advice that fits it.
 *
 * @param yes     how many of its questions were answered Yes
 * @param notSure how many were answered Not sure
 * @param advice  the cause's advice in the guide's order, without advice the person must avoid
 * @param clotSign whether one of its Yes answers is to a sign of a possible clot
 */
public record CauseFinding(Cause cause, Likelihood likelihood, int yes, int notSure,
                           List<Advice> advice, boolean clotSign) {

    public CauseFinding {
        advice = List.copyOf(advice);
    }

    /** The one or two things to do first, for summaries; none when medical help must come first. */
    public List<Advice> topAdvice() {
        return urgency().helpFirst() ? List.of() : advice.subList(0, Math.min(2, advice.size()));
    }

    /** How soon it needs attention: the one answer every page shows. */
    public Urgency urgency() {
        return Urgency.of(clotSign, likelihood == Likelihood.LIKELY);
    }
}
