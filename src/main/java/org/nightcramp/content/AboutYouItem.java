package org.nightcramp.content;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.List;

/**
 * An optional "About you" question, such as pregnancy, that points at one of the guide's other
 * factors.
 *
 * @param text     the question
 * @param answers  the answers it offers; a plain fact such as age has no "Not sure"
 * @param note     what it means for cramps, shown beside the question
 * @param factorId the id of the other factor a Yes brings into the summary
 * @param safety   the safety points shown with the note, worded by the guide's safetyPoints
 */
public record AboutYouItem(String id, String text, AnswerChoices answers, String note, String factorId,
                           @JsonSetter(contentNulls = Nulls.FAIL) List<SafetyPoint> safety) {

    public AboutYouItem {
        safety = List.copyOf(safety);
    }
}
