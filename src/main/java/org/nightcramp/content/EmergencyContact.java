package org.nightcramp.content;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.List;

/**
 * The numbers to call in one region.
 *
 * @param region ISO 3166 country code, or {@code EU} for the European Union's shared number
 */
public record EmergencyContact(
        String region,
        String name,
        @JsonSetter(contentNulls = Nulls.FAIL) List<PhoneNumber> numbers) {

    public EmergencyContact {
        numbers = List.copyOf(numbers);
    }
}
