package org.nightcramp.content;

/**
 * An optional "About you" question, such as pregnancy, that points at one of the guide's other
 * factors.
 *
 * @param text     the question, answered Yes / No / Not sure
 * @param note     what it means for cramps, shown beside the question
 * @param factorId the id of the other factor a Yes brings into the summary
 */
public record AboutYouItem(String id, String text, String note, String factorId) {
}
