package org.nightcramp.content;

import java.util.List;

/**
 * When to get medical help: shown from every page and printed on every sheet.
 *
 * @param emergencyNow the line telling people to call emergency services at once
 * @param emergencyNumbers per region, the bundle's own region first
 */
public record MedicalHelp(
        String intro,
        List<HelpItem> urgent,
        List<HelpItem> soon,
        String emergencyNow,
        List<EmergencyContact> emergencyNumbers) {

    public MedicalHelp {
        urgent = List.copyOf(urgent);
        soon = List.copyOf(soon);
        emergencyNumbers = List.copyOf(emergencyNumbers);
    }
}
