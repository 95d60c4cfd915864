package org.nightcramp.content;

/** A number and what it is for, such as "999" for "emergencies". */
public record PhoneNumber(String number, String purpose) {
}
