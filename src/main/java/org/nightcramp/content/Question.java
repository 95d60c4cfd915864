package org.nightcramp.content;

/** A self-check question, answered Yes / No / Not sure; the id stays stable across versions. */
public record Question(String id, String text, QuestionFlag flag) {
}
