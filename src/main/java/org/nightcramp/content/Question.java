package org.nightcramp.content;

/**
 * A self-check question; the id stays stable across versions.
 *
 * @param answers the answers it offers: Yes / No / Not sure for most, "Not for me" where it fits only some people
 */
public record Question(String id, String text, AnswerChoices answers, QuestionFlag flag) {
}
