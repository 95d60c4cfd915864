package org.nightcramp.content;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.List;

/**
 * When to get medical help: shown from every page and printed on every sheet.
 *
 * @param emergencyNow the line telling people to call emergency services at once
 * @param emergencyNumbers per region, the bundle's own region first
 */
public record MedicalHelp(
        String intro,
        @JsonSetter(contentNulls = Nulls.FAIL) List<HelpItem> urgent,
        @JsonSetter(contentNulls = Nulls.FAIL) List<HelpItem> soon,
        String emergencyNow,
        @JsonSetter(contentNulls = Nulls.FAIL) List<EmergencyContact> emergencyNumbers) {

    public MedicalHelp {
        urgent = List.copyOf(urgent);
        soon = List.copyOf(soon);
        emergencyNumbers = List.copyOf(emergencyNumbers);
    }
}
