package org.nightcramp.wizard;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.glyphfont.Glyph;
import org.nightcramp.content.Cause;
import org.nightcramp.content.Question;
import org.nightcramp.content.QuestionFlag;
import org.nightcramp.ui.Styles;

/**
 * One cause (CauseStepView.fxml): what it is, who it affects, how sure the sources are, and its
 * questions. A clot-sign question carries a warning mark, and its Yes opens the urgent help.
 */
public final class CauseStepView implements StepPage.View {

    private final WizardViewModel viewModel;
    private final WizardText text;
    private final Cause cause;
    private final Function<String, Node> illustrations;
    private final Consumer<String> openReader;
    private final QuestionRows rows = new QuestionRows();

    @FXML private Label causeKicker;
    @FXML private Label causeTitle;
    @FXML private Label causeSummary;
    @FXML private StackPane causeIllustration;
    @FXML private VBox causeExplanation;
    @FXML private Label causeWhoHeading;
    @FXML private Label causeWhoIsAffected;
    @FXML private Label causeEvidenceLevel;
    @FXML private Label causeEvidenceNote;
    @FXML private Label causeQuestionsHeading;
    @FXML private VBox causeQuestions;
    @FXML private Hyperlink causeReadMore;

    /**
     * @param illustrations draws an illustration by file name, coloured by the theme
     * @param openReader    opens the reader at a section, such as {@code cause:cold}
     */
    public CauseStepView(WizardViewModel viewModel, WizardText text, WizardStep.CauseStep step,
                         Function<String, Node> illustrations, Consumer<String> openReader) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.text = Objects.requireNonNull(text, "text");
        this.cause = step.cause();
        this.illustrations = Objects.requireNonNull(illustrations, "illustrations");
        this.openReader = Objects.requireNonNull(openReader, "openReader");
    }

    @FXML
    private void initialize() {
        List<Cause> causes = viewModel.guide().causes();
        causeKicker.setText(text.text("wizard.cause.kicker", causes.indexOf(cause) + 1, causes.size()));
        causeTitle.setText(cause.title());
        causeSummary.setText(viewModel.guide().withSafety(cause.summary(), cause.safety()));
        Node picture = illustrations.apply(cause.illustration());
        picture.setAccessibleText(text.text("reader.cause.illustration", cause.title()));
        picture.getStyleClass().add("cause-picture");
        causeIllustration.getChildren().setAll(picture);
        for (String paragraph : cause.explanation()) {
            Label p = new Label(paragraph);
            p.setWrapText(true);
            p.getStyleClass().add("wizard-body");
            causeExplanation.getChildren().add(p);
        }
        causeWhoIsAffected.setText(cause.whoIsAffected());
        causeWhoHeading.setLabelFor(causeWhoIsAffected);
        causeWhoHeading.setGraphic(new Glyph("FontAwesome", "USERS"));
        causeEvidenceLevel.setText(text.text("reader.evidence.title", text.evidence(cause.evidence().level())));
        causeEvidenceLevel.setGraphic(new Glyph("FontAwesome", "FLASK"));
        causeEvidenceLevel.setLabelFor(causeEvidenceNote);
        causeEvidenceNote.setText(cause.evidence().note());
        List<Question> questions = cause.questions();
        for (int i = 0; i < questions.size(); i++) {
            rows.add(row(questions.get(i), text.text("wizard.question.position", i + 1, questions.size())));
        }
        causeQuestions.getChildren().setAll(rows.nodes());
        rows.firstFocus().ifPresent(causeQuestionsHeading::setLabelFor);
        causeReadMore.setGraphic(new Glyph("FontAwesome", "BOOK"));
        causeReadMore.setAccessibleText(text.text("wizard.cause.readMore.accessible", cause.title()));
        causeReadMore.setOnAction(e -> openReader.accept(WizardStep.CauseStep.PREFIX + cause.id()));
    }

    private QuestionRow row(Question question, String position) {
        QuestionRow row = new QuestionRow(text, question.id(), question.text(), question.answers(), position,
                viewModel.answersProperty().get().question(question.id()), a -> viewModel.answer(question, a));
        if (question.flag() == QuestionFlag.CLOT_SIGN) {
            Label mark = new Label(text.text("wizard.cause.clotSign"));
            mark.setId("clotSign-" + QuestionRow.cssId(question.id()));
            row.addNote(Styles.add(IconLine.of("EXCLAMATION_TRIANGLE", Styles.add(mark, Styles.TEXT_DANGER, Styles.TEXT_BOLD),
                    "wizard-clot-sign"), Styles.DANGER));
            row.root().getStyleClass().add("wizard-question-clot-sign");
        }
        return row;
    }

    @Override
    public Optional<Node> initialFocus() {
        return rows.firstFocus();
    }
}
