package org.nightcramp.wizard;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.nightcramp.assessment.Answer;
import org.nightcramp.content.AnswerChoices;
import org.nightcramp.ui.Styles;

/**
 * One question answered Yes / No / Not sure with radio buttons in a toggle group. Only the
 * active row shows its mnemonics, because JavaFX only moves focus (and selects nothing) when
 * several controls share one mnemonic, and every row has a "Yes".
 */
final class QuestionRow {

    private static final List<Answer> YES_NO = List.of(Answer.YES, Answer.NO);
    private static final PseudoClass ACTIVE = PseudoClass.getPseudoClass("active");

    private final VBox root = new VBox();
    private final ToggleGroup group = new ToggleGroup();
    private final Map<Answer, RadioButton> buttons = new EnumMap<>(Answer.class);
    private final Map<Answer, String> labels = new EnumMap<>(Answer.class);
    private final List<Answer> offered;

    /**
     * @param id       the question's id, used in the control ids ({@code answer-cold-room-yes})
     * @param position "Question 2 of 3", for screen readers
     */
    /** @param choices the answers offered; a plain fact such as age is Yes or No */
    QuestionRow(WizardText text, String id, String question, AnswerChoices choices, String position,
                Optional<Answer> current, Consumer<Answer> onAnswer) {
        offered = offered(choices);
        root.setId("question-" + cssId(id));
        root.getStyleClass().addAll(Styles.CARD, "wizard-question");
        Label label = new Label(question);
        label.setId("questionText-" + cssId(id));
        label.setWrapText(true);
        label.getStyleClass().add(Styles.TITLE_3);
        FlowPane answers = new FlowPane();
        answers.getStyleClass().add("wizard-answers");
        for (Answer answer : offered) {
            RadioButton button = new RadioButton();
            labels.put(answer, text.answer(answer));
            button.setId("answer-" + cssId(id) + "-" + answer.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            button.setUserData(answer);
            button.setToggleGroup(group);
            button.getStyleClass().add("wizard-answer");
            button.setAccessibleText(text.text("wizard.answer.accessible",
                    labels.get(answer).replace("_", ""), position + " " + question));
            button.setSelected(current.orElse(null) == answer);
            // A mnemonic only sends an action event to the radio button; make it choose too.
            button.addEventHandler(ActionEvent.ACTION, e -> button.setSelected(true));
            buttons.put(answer, button);
            answers.getChildren().add(button);
        }
        label.setLabelFor(buttons.get(Answer.YES));
        setActive(false);
        oneTabStop();
        // Listen only after the saved answer is shown, so showing it is not taken as answering.
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            oneTabStop();
            if (now != null) {
                onAnswer.accept((Answer) now.getUserData());
            }
        });
        root.getChildren().addAll(label, answers);
        root.addEventHandler(KeyEvent.KEY_PRESSED, this::answerByLetter);
    }

    /**
     * Alt+Y, Alt+N and Alt+S (and Alt+M for "Not for me") answer the focused question in a language whose labels carry no
     * Latin mnemonic (是 / 否 / 不确定), so the keys work the same in every language.
     */
    private void answerByLetter(KeyEvent e) {
        if (!e.isAltDown() || labels.values().stream().anyMatch(l -> l.contains("_"))) {
            return;
        }
        Answer answer = switch (e.getCode()) {
            case Y -> Answer.YES;
            case N -> Answer.NO;
            case S -> Answer.NOT_SURE;
            case M -> Answer.NOT_FOR_ME;
            default -> null;
        };
        if (answer != null && buttons.containsKey(answer)) {
            buttons.get(answer).setSelected(true);
            buttons.get(answer).requestFocus();
            e.consume();
        }
    }

    private static List<Answer> offered(AnswerChoices choices) {
        return switch (choices) {
            case YES_NO -> YES_NO;
            case YES_NO_NOT_SURE -> List.of(Answer.YES, Answer.NO, Answer.NOT_SURE);
            case YES_NO_NOT_FOR_ME -> List.of(Answer.YES, Answer.NO, Answer.NOT_FOR_ME);
        };
    }

    /** A content id as a control id that CSS selectors can find: "cold.room" → "cold-room". */
    static String cssId(String contentId) {
        return contentId.replace('.', '-').replace(':', '-');
    }

    Node root() {
        return root;
    }

    /** Adds a line under the answers, such as what an "About you" question means. */
    void addNote(Node note) {
        root.getChildren().add(note);
    }

    /** The selected answer's button, or Yes; where focus lands on this question. */
    RadioButton focusTarget() {
        return group.getSelectedToggle() instanceof RadioButton selected ? selected : buttons.get(Answer.YES);
    }

    /**
     * Tab moves from question to question and the arrow keys between its answers, as in any
     * radio group; JavaFX would stop at each answer while none is chosen.
     */
    private void oneTabStop() {
        RadioButton stop = focusTarget();
        buttons.values().forEach(b -> b.setFocusTraversable(b == stop));
    }

    /** Turns this row's mnemonics on or off; a label without "_" registers none. */
    void setActive(boolean active) {
        for (Answer answer : offered) {
            String label = labels.get(answer);
            buttons.get(answer).setText(active ? label : label.replace("_", ""));
        }
        root.pseudoClassStateChanged(ACTIVE, active);
    }

}
