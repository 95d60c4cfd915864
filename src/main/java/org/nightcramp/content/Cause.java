package org.nightcramp.content;

import java.util.List;

/** One of the causes of night cramps, with its self-check questions and the advice that fits it. */
public record Cause(
        String id,
        String title,
        String summary,
        List<String> explanation,
        String whoIsAffected,
        Evidence evidence,
        List<Question> questions,
        List<String> adviceIds,
        String illustration) {

    public Cause {
        explanation = List.copyOf(explanation);
        questions = List.copyOf(questions);
        adviceIds = List.copyOf(adviceIds);
    }
}
