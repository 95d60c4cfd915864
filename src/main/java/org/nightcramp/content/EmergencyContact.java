package org.nightcramp.content;

import java.util.List;

/**
 * The numbers to call in one region.
 *
 * @param region ISO 3166 country code, or {@code EU} for the European Union's shared number
 */
public record EmergencyContact(String region, String name, List<PhoneNumber> numbers) {

    public EmergencyContact {
        numbers = List.copyOf(numbers);
    }
}
