package org.nightcramp.assessment;

import java.util.List;
import org.nightcramp.content.Advice;
import org.nightcramp.content.Cause;

/**
 * A cause the answers point at, with the advice that fits it.
 *
 * @param yes     how many of its questions were answered Yes
 * @param notSure how many were answered Not sure
 * @param advice  the cause's advice in the guide's order, without advice the person must avoid
 */
public record CauseFinding(Cause cause, Likelihood likelihood, int yes, int notSure,
                           List<Advice> advice) {

    public CauseFinding {
        advice = List.copyOf(advice);
    }

    /** The one or two things to do first, for summaries. */
    public List<Advice> topAdvice() {
        return advice.subList(0, Math.min(2, advice.size()));
    }
}
