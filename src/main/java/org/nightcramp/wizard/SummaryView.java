package org.nightcramp.wizard;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.controlsfx.glyphfont.Glyph;
import org.nightcramp.assessment.CauseFinding;
import org.nightcramp.assessment.Findings;
import org.nightcramp.content.Advice;
import org.nightcramp.ui.Styles;

/**
 * The last page (SummaryView.fxml): the causes that fit, most likely first, with what to do;
 * the massage warning after a clot sign; what to do during a cramp; the warning signs; and the
 * ways on. With no cause found it says so kindly and shows habits that help everyone.
 */
public final class SummaryView implements StepPage.View {

    private final WizardViewModel viewModel;
    private final WizardText text;
    private final SummaryActions actions;
    private final SummaryNodes nodes;

    @FXML private VBox massageWarning;
    @FXML private Label massageTitle;
    @FXML private Button alertHelpButton;
    @FXML private Label summaryLead;
    @FXML private VBox noCause;
    @FXML private Label noCauseTitle;
    @FXML private VBox causeCards;
    @FXML private VBox otherFactorsBox;
    @FXML private Label otherFactorsHeading;
    @FXML private VBox otherFactors;
    @FXML private VBox everydayBox;
    @FXML private Label everydayHeading;
    @FXML private VBox everyday;
    @FXML private Label duringHeading;
    @FXML private VBox during;
    @FXML private Label massageLeftOut;
    @FXML private Label warningHeading;
    @FXML private VBox warningSigns;
    @FXML private Label emergencyNow;
    @FXML private Label nextHeading;
    @FXML private FlowPane actionsPane;
    @FXML private Button nextHelpButton;
    @FXML private Button reliefButton;
    @FXML private Button sheetButton;
    @FXML private Button readMoreButton;

    public SummaryView(WizardViewModel viewModel, WizardText text, Function<String, Node> illustrations,
                       SummaryActions actions) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.text = Objects.requireNonNull(text, "text");
        this.actions = Objects.requireNonNull(actions, "actions");
        this.nodes = new SummaryNodes(text, illustrations, actions.openReader(), actions.openHelp(),
                points -> viewModel.guide().safetyLines(points));
    }

    @FXML
    private void initialize() {
        SummaryContent content = SummaryContent.of(viewModel.guide(), viewModel.findingsProperty().get(),
                viewModel.answersProperty().get());
        // Findings.massageNotAdvised() is the one place that decides this for every feature.
        show(massageWarning, content.massageNotAdvised());
        massageTitle.setGraphic(new Glyph("FontAwesome", "EXCLAMATION_TRIANGLE"));
        alertHelpButton.setGraphic(new Glyph("FontAwesome", "MEDKIT"));
        alertHelpButton.setOnAction(e -> actions.openHelp().run());

        show(noCause, content.noCauseFound());
        noCauseTitle.setGraphic(new Glyph("FontAwesome", "HEART_ALT"));
        summaryLead.setText(text.text(content.noCauseFound() ? "wizard.summary.none.lead" : "wizard.summary.lead"));
        for (int i = 0; i < content.causes().size(); i++) {
            CauseFinding finding = content.causes().get(i);
            causeCards.getChildren().add(nodes.causeCard(finding, i + 1));
        }
        show(causeCards, !content.noCauseFound());

        show(otherFactorsBox, !content.otherFactors().isEmpty());
        otherFactorsHeading.setGraphic(new Glyph("FontAwesome", "INFO_CIRCLE"));
        content.otherFactors().forEach(f -> otherFactors.getChildren().add(nodes.factor(f)));
        everydayHeading.setText(text.text(content.noCauseFound() ? "wizard.summary.habits" : "wizard.summary.everyday"));
        everydayHeading.setGraphic(new Glyph("FontAwesome", "HEART_ALT"));
        duringHeading.setGraphic(new Glyph("FontAwesome", "BOLT"));
        show(everydayBox, !content.everyday().isEmpty());
        content.everyday().forEach(a -> everyday.getChildren().add(nodes.advice(a, "summaryEveryday-")));
        List<Advice> steps = content.duringCramp();
        for (int i = 0; i < steps.size(); i++) {
            during.getChildren().add(nodes.duringStep(steps.get(i), i + 1));
        }
        show(massageLeftOut, content.massageNotAdvised());
        massageLeftOut.setGraphic(new Glyph("FontAwesome", "EXCLAMATION_TRIANGLE"));

        warningHeading.setGraphic(new Glyph("FontAwesome", "MEDKIT"));
        content.warningSigns().forEach(item -> warningSigns.getChildren().add(nodes.warningSign(item)));
        emergencyNow.setText(content.emergencyNow());
        warningSigns.getChildren().add(Styles.add(IconLine.of("PHONE", Styles.add(emergencyNow, Styles.TEXT_BOLD),
                "summary-emergency-now"), Styles.DANGER));

        nextHeading.setLabelFor(actionsPane);
        // With a sign of a possible clot, getting help is the first way on, ahead of any self-help.
        offer(nextHelpButton, content.helpFirst() ? Optional.of(actions.openHelp()) : Optional.empty(), "MEDKIT");
        offer(reliefButton, actions.startRelief(), "PLAY_CIRCLE");
        offer(sheetButton, actions.makeSheet(), "PRINT");
        offer(readMoreButton, Optional.of(() -> actions.openReader().accept(readMoreSection(content))), "BOOK");
    }

    /** A button only for what the app can do; an action it lacks leaves no empty button behind. */
    private static void offer(Button button, Optional<Runnable> action, String glyph) {
        action.ifPresentOrElse(run -> {
            button.setGraphic(new Glyph("FontAwesome", glyph));
            button.setOnAction(e -> run.run());
        }, () -> ((FlowPane) button.getParent()).getChildren().remove(button));
    }

    /** The best-fitting cause's section, or prevention when none stood out. */
    private static String readMoreSection(SummaryContent content) {
        return content.causes().stream().findFirst()
                .map(f -> WizardStep.CauseStep.PREFIX + f.cause().id())
                .orElse("prevention");
    }

    @Override
    public Optional<Node> initialFocus() {
        // The urgent button first when it shows; otherwise the first way on from the summary.
        if (massageWarning.isVisible()) {
            return Optional.of(alertHelpButton);
        }
        return causeCards.lookupAll(".hyperlink").stream().findFirst()
                .or(() -> actionsPane.getChildren().stream().findFirst());
    }

    private static void show(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }
}
