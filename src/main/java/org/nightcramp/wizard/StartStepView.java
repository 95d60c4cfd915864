package org.nightcramp.wizard;

import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.controlsfx.glyphfont.Glyph;
import org.nightcramp.ui.Styles;

/**
 * The first page (StartStepView.fxml): what the guide does and does not do, how long it takes,
 * where the answers stay; Begin, or Resume and Start again for someone coming back.
 */
public final class StartStepView implements StepPage.View {

    private final WizardViewModel viewModel;
    private final WizardText text;
    private final BooleanSupplier confirmStartOver;

    @FXML private Label does1;
    @FXML private Label does2;
    @FXML private Label does3;
    @FXML private Label doesNot1;
    @FXML private Label doesNot2;
    @FXML private Label doesNot3;
    @FXML private Label factTime;
    @FXML private Label factPrivate;
    @FXML private Label factNotSure;
    @FXML private VBox welcomeBack;
    @FXML private Label welcomeBackText;
    @FXML private Button beginButton;
    @FXML private Button resumeButton;
    @FXML private Button startAgainButton;

    public StartStepView(WizardViewModel viewModel, WizardText text, BooleanSupplier confirmStartOver) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.text = Objects.requireNonNull(text, "text");
        this.confirmStartOver = Objects.requireNonNull(confirmStartOver, "confirmStartOver");
    }

    @FXML
    private void initialize() {
        for (Label point : new Label[] {does1, does2, does3}) {
            point.setGraphic(glyph("CHECK", Styles.TEXT_ACCENT));
        }
        for (Label point : new Label[] {doesNot1, doesNot2, doesNot3}) {
            point.setGraphic(glyph("TIMES", Styles.TEXT_MUTED));
        }
        factTime.setGraphic(glyph("CLOCK_ALT", Styles.TEXT_ACCENT));
        factPrivate.setGraphic(glyph("LOCK", Styles.TEXT_ACCENT));
        factNotSure.setGraphic(glyph("QUESTION_CIRCLE", Styles.TEXT_ACCENT));
        var progress = viewModel.hasProgressProperty();
        show(welcomeBack, progress.get());
        show(resumeButton, progress.get());
        show(startAgainButton, progress.get());
        show(beginButton, !progress.get());
        // Enter starts or resumes: the shell's Next is hidden on this page.
        beginButton.setDefaultButton(!progress.get());
        resumeButton.setDefaultButton(progress.get());
        welcomeBackText.textProperty().bind(Bindings.createStringBinding(() -> text.text(
                "wizard.start.welcomeBack", viewModel.answeredCount(), viewModel.questionCount()),
                viewModel.answersProperty()));
        beginButton.setGraphic(glyph("ARROW_RIGHT", Styles.TEXT_BOLD));
        resumeButton.setGraphic(glyph("ARROW_RIGHT", Styles.TEXT_BOLD));
        beginButton.setOnAction(e -> viewModel.begin());
        resumeButton.setOnAction(e -> viewModel.resume());
        startAgainButton.setOnAction(e -> {
            if (confirmStartOver.getAsBoolean()) {
                viewModel.startOver();
                viewModel.begin();
            }
        });
    }

    @Override
    public Optional<Node> initialFocus() {
        return Optional.of(resumeButton.isVisible() ? resumeButton : beginButton);
    }

    private static void show(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    private static Glyph glyph(String name, String styleClass) {
        Glyph glyph = new Glyph("FontAwesome", name);
        glyph.getStyleClass().add(styleClass);
        return glyph;
    }
}
