package org.nightcramp.wizard;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.controlsfx.glyphfont.Glyph;
import org.nightcramp.content.AboutYouItem;
import org.nightcramp.ui.Styles;

/** The optional "About you" page (AboutYouView.fxml): each question with what it means. */
public final class AboutYouView implements StepPage.View {

    private final WizardViewModel viewModel;
    private final WizardText text;
    private final List<AboutYouItem> items;
    private final QuestionRows rows = new QuestionRows();

    @FXML private VBox aboutYouQuestions;
    @FXML private Label aboutYouPrivacy;

    public AboutYouView(WizardViewModel viewModel, WizardText text, WizardStep.AboutYou step) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.text = Objects.requireNonNull(text, "text");
        this.items = step.items();
    }

    @FXML
    private void initialize() {
        for (int i = 0; i < items.size(); i++) {
            AboutYouItem item = items.get(i);
            QuestionRow row = new QuestionRow(text, item.id(), item.text(), item.answers(),
                    text.text("wizard.question.position", i + 1, items.size()),
                    viewModel.answersProperty().get().aboutYou(item.id()),
                    a -> viewModel.answerAboutYou(item.id(), a));
            Label note = new Label(viewModel.guide().withSafety(item.note(), item.safety()));
            note.setId("aboutNote-" + QuestionRow.cssId(item.id()));
            row.addNote(Styles.add(IconLine.of("INFO_CIRCLE", Styles.add(note, Styles.TEXT_MUTED), "wizard-question-note"),
                    Styles.ACCENT));
            rows.add(row);
        }
        aboutYouQuestions.getChildren().setAll(rows.nodes());
        aboutYouPrivacy.setGraphic(new Glyph("FontAwesome", "LOCK"));
    }

    @Override
    public Optional<Node> initialFocus() {
        return rows.firstFocus();
    }
}
