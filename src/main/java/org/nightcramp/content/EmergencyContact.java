package org.nightcramp.content;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.List;

/**
 * The numbers to call in one country or region.
 *
 * @param region     ISO 3166 country code, or {@code EU} for the number shared across the EU and EEA
 * @param name       the region's name in the guide's language, such as "Mainland China"
 * @param sourceName the official service the numbers were checked against, in the guide's language
 * @param sourceUrl  that service's page, the same in every language
 */
public record EmergencyContact(
        String region,
        String name,
        @JsonSetter(contentNulls = Nulls.FAIL) List<PhoneNumber> numbers,
        String sourceName,
        String sourceUrl) {

    public EmergencyContact {
        numbers = List.copyOf(numbers);
    }
}
