package org.nightcramp.content;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.List;

/**
 * One of the causes of night cramps, with its self-check questions and the advice that fits it.
 *
 * @param safety the safety points shown with it, worded by the guide's safetyPoints
 */
public record Cause(
        String id,
        String title,
        String summary,
        @JsonSetter(contentNulls = Nulls.FAIL) List<String> explanation,
        String whoIsAffected,
        Evidence evidence,
        @JsonSetter(contentNulls = Nulls.FAIL) List<Question> questions,
        @JsonSetter(contentNulls = Nulls.FAIL) List<String> adviceIds,
        String illustration,
        @JsonSetter(contentNulls = Nulls.FAIL) List<SafetyPoint> safety) {

    public Cause {
        safety = List.copyOf(safety);
        explanation = List.copyOf(explanation);
        questions = List.copyOf(questions);
        adviceIds = List.copyOf(adviceIds);
    }
}
