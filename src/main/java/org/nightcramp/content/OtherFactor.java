package org.nightcramp.content;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.List;

/**
 * A recognised contributor beyond the five causes, such as late pregnancy or some medicines.
 *
 * @param safety the safety points shown with it, worded by the guide's safetyPoints
 */
public record OtherFactor(String id, String title, String text,
                          @JsonSetter(contentNulls = Nulls.FAIL) List<SafetyPoint> safety) {

    public OtherFactor {
        safety = List.copyOf(safety);
    }
}
