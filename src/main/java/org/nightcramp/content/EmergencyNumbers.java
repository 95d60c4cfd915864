package org.nightcramp.content;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the emergency contact for the country a person chose. A wrong number is worse than none,
 * so a country the guide does not list gets nothing: the app then shows the whole list and asks.
 */
public final class EmergencyNumbers {

    /** The region code of the entry shared by the EU and EEA countries. */
    public static final String EU = "EU";

    /** EU and EEA countries, where 112 reaches emergency services. */
    private static final Set<String> EU_112 = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE",
            "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO",
            "SK", "SI", "ES", "SE", "IS", "LI", "NO");

    private EmergencyNumbers() {
    }

    /**
     * The contact listed for the country (an EU or EEA country gets the EU entry, unless the
     * guide lists the country itself), or empty when the guide does not list it or no country is
     * known. Never a guess from another country.
     *
     * @param countryCode ISO 3166 alpha-2 code, in any case; blank or null when unknown
     */
    public static Optional<EmergencyContact> forCountry(List<EmergencyContact> contacts, String countryCode) {
        if (countryCode == null || countryCode.isBlank()) {
            return Optional.empty();
        }
        String country = countryCode.strip().toUpperCase(Locale.ROOT);
        Optional<EmergencyContact> own = region(contacts, country);
        if (own.isPresent() || !EU_112.contains(country)) {
            return own;
        }
        return region(contacts, EU);
    }

    private static Optional<EmergencyContact> region(List<EmergencyContact> contacts, String region) {
        return contacts.stream().filter(c -> c.region().equals(region)).findFirst();
    }
}
