package org.nightcramp.content;

import java.util.List;
import java.util.Set;

/** Picks the emergency contact to show first for where the person is. */
public final class EmergencyNumbers {

    /** EU and EEA countries, where 112 reaches emergency services. */
    private static final Set<String> EU_112 = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE",
            "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO",
            "SK", "SI", "ES", "SE", "IS", "LI", "NO");

    private EmergencyNumbers() {
    }

    /**
     * The contact for the person's country when the guide has one (EU countries get the EU
     * entry), else the guide's own first entry, which is its language's home region.
     */
    public static EmergencyContact primaryFor(List<EmergencyContact> contacts, String countryCode) {
        String country = countryCode == null ? "" : countryCode.toUpperCase(java.util.Locale.ROOT);
        String wanted = EU_112.contains(country) ? "EU" : country;
        return contacts.stream()
                .filter(c -> c.region().equals(wanted))
                .findFirst()
                .orElse(contacts.get(0));
    }
}
