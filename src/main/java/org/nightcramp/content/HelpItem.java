package org.nightcramp.content;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.List;

/**
 * One warning sign or reason to see a professional.
 *
 * @param safety the safety points shown after its text, worded by the guide's safetyPoints; an
 *               item whose urgency differs from its list's (a same-day sign among the "soon" ones)
 *               says so through a point, so a translation cannot drop it
 */
public record HelpItem(String id, String text,
                       @JsonSetter(contentNulls = Nulls.FAIL) List<SafetyPoint> safety) {

    public HelpItem {
        safety = List.copyOf(safety);
    }
}
