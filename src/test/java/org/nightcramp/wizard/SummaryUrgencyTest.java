package org.nightcramp.wizard;

import org.nightcramp.assessment.Answer;
import org.nightcramp.assessment.Answers;
import org.nightcramp.assessment.AnswersRepository;
import org.nightcramp.l10n.Texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.nightcramp.app.ControllerFactory;
import org.nightcramp.app.ViewLoader;
import org.nightcramp.assessment.Urgency;
import org.nightcramp.content.Guide;
import org.nightcramp.storage.StrictJson;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The summary after a Yes to a clot sign: help first, on the card and in the ways on. */
@ExtendWith(ApplicationExtension.class)
class SummaryUrgencyTest {

    private static final Guide EN = Guides.load("en");
    private static final Texts BUNDLE = Texts.ui(Locale.ENGLISH);

    @TempDir
    Path dir;

    private final List<String> calls = new ArrayList<>();
    private StackPane host;
    private WizardSession session;

    @Start
    void start(Stage stage) {
        host = new StackPane();
        stage.setScene(new Scene(host, 900, 700));
        stage.show();
    }

    @BeforeEach
    void session() {
        AnswersRepository repo = new AnswersRepository(dir, StrictJson.create(), Clock.systemUTC());
        session = new WizardSession(repo, Answers.empty(), EN, file -> calls.add("notSaved"));
    }

    private void mountSummary() throws Exception {
        WizardViewModel model = new WizardViewModel(session, EN, () -> calls.add("help"));
        SummaryActions actions = new SummaryActions(id -> calls.add("read " + id), () -> calls.add("help"),
                Optional.of(() -> calls.add("relief")), Optional.of(() -> calls.add("sheet")));
        WaitForAsyncUtils.asyncFx(() -> {
            Parent root = new ViewLoader(BUNDLE, new ControllerFactory().register(SummaryView.class,
                    () -> new SummaryView(model, new WizardText(BUNDLE), name -> new Region(), actions)))
                    .load(SummaryView.class).root();
            host.getChildren().setAll(root);
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theUrgentCardOffersGetHelpInsteadOfSelfCare(FxRobot robot) throws Exception {
        session.answer("blood-flow.one-leg-swollen", Answer.YES);
        mountSummary();

        assertEquals(BUNDLE.text(Urgency.HELP_TODAY.messageKey()),
                robot.lookup("#summaryLikelihood-blood-flow").queryLabeled().getText());
        assertEquals(BUNDLE.text("wizard.summary.whatToDoNow"),
                robot.lookup("#summaryWhatNow-blood-flow").queryLabeled().getText());
        assertTrue(robot.lookup(n -> n.getId() != null && n.getId().startsWith("summaryAdvice-blood-flow-"))
                .tryQuery().isEmpty(), "no self-care on the urgent card");
        robot.clickOn("#summaryCauseHelp-blood-flow");
        assertEquals(List.of("help"), calls);
    }

    @Test
    void getHelpIsTheFirstWayOn(FxRobot robot) throws Exception {
        session.answer("blood-flow.pain-flexing", Answer.YES);
        mountSummary();

        FlowPane ways = robot.lookup("#summaryActions").queryAs(FlowPane.class);
        Node first = ways.getChildren().get(0);
        assertEquals("summaryNextHelp", first.getId());
        robot.clickOn("#summaryNextHelp");
        assertEquals(List.of("help"), calls);
    }

    @Test
    void withoutAClotSignTheRoutineComesFirstAndCardsOfferSelfCare(FxRobot robot) throws Exception {
        session.answer("blood-flow.varicose", Answer.YES);
        mountSummary();

        FlowPane ways = robot.lookup("#summaryActions").queryAs(FlowPane.class);
        assertEquals("summaryRelief", ways.getChildren().get(0).getId());
        assertEquals(BUNDLE.text(Urgency.POSSIBLE.messageKey()),
                robot.lookup("#summaryLikelihood-blood-flow").queryLabeled().getText());
        assertTrue(robot.lookup("#summaryAdvice-blood-flow-get-legs-checked").tryQuery().isPresent());
    }
}
