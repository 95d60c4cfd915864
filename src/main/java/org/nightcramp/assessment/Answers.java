package org.nightcramp.assessment;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the person has answered so far, saved as they answer so closing the app loses nothing.
 *
 * @param questions answers to the causes' self-check questions, by question id
 * @param aboutYou  answers to the optional "About you" questions, by their id
 * @param lastStep  id of the step the person was on, to resume there; "" before the first
 * @param finished  true once they reached the summary
 */
public record Answers(int schema, Map<String, Answer> questions, Map<String, Answer> aboutYou,
                      String lastStep, boolean finished) {

    public static final int SCHEMA = 1;

    public Answers {
        questions = Map.copyOf(questions);
        aboutYou = Map.copyOf(aboutYou);
    }

    public static Answers empty() {
        return new Answers(SCHEMA, Map.of(), Map.of(), "", false);
    }

    public Optional<Answer> question(String id) {
        return Optional.ofNullable(questions.get(id));
    }

    public Optional<Answer> aboutYou(String id) {
        return Optional.ofNullable(aboutYou.get(id));
    }

    @JsonIgnore // derived, not stored: the strict reader would refuse it as an unknown property
    public boolean isEmpty() {
        return questions.isEmpty() && aboutYou.isEmpty();
    }

    public Answers withQuestion(String id, Answer answer) {
        return new Answers(schema, put(questions, id, answer), aboutYou, lastStep, finished);
    }

    public Answers withAboutYou(String id, Answer answer) {
        return new Answers(schema, questions, put(aboutYou, id, answer), lastStep, finished);
    }

    public Answers withLastStep(String step) {
        return new Answers(schema, questions, aboutYou, step, finished);
    }

    public Answers withFinished(boolean done) {
        return new Answers(schema, questions, aboutYou, lastStep, done);
    }

    private static Map<String, Answer> put(Map<String, Answer> map, String id, Answer answer) {
        Map<String, Answer> copy = new LinkedHashMap<>(map);
        copy.put(id, answer);
        return copy;
    }
}
