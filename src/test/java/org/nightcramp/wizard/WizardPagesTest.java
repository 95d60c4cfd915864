package org.nightcramp.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.nightcramp.app.ControllerFactory;
import org.nightcramp.app.ViewLoader;
import org.nightcramp.assessment.Answer;
import org.nightcramp.assessment.Answers;
import org.nightcramp.assessment.AnswersRepository;
import org.nightcramp.content.Guide;
import org.nightcramp.l10n.Texts;
import org.nightcramp.storage.StrictJson;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** One page at a time, without the app around it: its callbacks, and the buttons it offers. */
@ExtendWith(ApplicationExtension.class)
class WizardPagesTest {

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

    private WizardViewModel model() {
        return new WizardViewModel(session, EN, () -> calls.add("help"));
    }

    private <C> void mount(Class<C> type, Supplier<C> controller) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            Parent root = new ViewLoader(BUNDLE, new ControllerFactory().register(type, controller)).load(type).root();
            host.getChildren().setAll(root);
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private SummaryActions actions(Optional<Runnable> relief, Optional<Runnable> sheet) {
        return new SummaryActions(id -> calls.add("read " + id), () -> calls.add("help"), relief, sheet);
    }

    @Test
    void aCausePageAnswersOpensHelpOnAClotSignAndLinksToTheReader(FxRobot robot) throws Exception {
        WizardViewModel model = model();
        var step = (WizardStep.CauseStep) model.steps().byId("cause:blood-flow").orElseThrow();
        mount(CauseStepView.class, () -> new CauseStepView(model, new WizardText(BUNDLE), step, name -> new Region(),
                id -> calls.add("read " + id)));

        robot.clickOn("#answer-blood-flow-varicose-yes");
        robot.clickOn("#answer-blood-flow-pain-flexing-yes");
        robot.clickOn("#causeReadMore");

        assertEquals(List.of("help", "read cause:blood-flow"), calls);
        assertEquals(Answer.YES, session.answers().question("blood-flow.varicose").orElseThrow());
        assertTrue(session.massageNotAdvised());
    }

    /** Issue 9.10: the menopause question is asked of everyone, so it offers "Not for me", not "Not sure". */
    @Test
    void theMenopauseQuestionOffersNotForMeWhichCountsAsNo(FxRobot robot) throws Exception {
        WizardViewModel model = model();
        var step = (WizardStep.CauseStep) model.steps().byId("cause:calcium").orElseThrow();
        mount(CauseStepView.class, () -> new CauseStepView(model, new WizardText(BUNDLE), step, name -> new Region(),
                id -> calls.add("read " + id)));

        assertTrue(robot.lookup("#answer-calcium-after-menopause-not-sure").tryQuery().isEmpty());
        assertTrue(robot.lookup("#answer-calcium-low-intake-not-sure").tryQuery().isPresent());
        robot.clickOn("#answer-calcium-after-menopause-not-for-me");

        assertEquals(Answer.NOT_FOR_ME, session.answers().question("calcium.after-menopause").orElseThrow());
        assertTrue(model.findingsProperty().get().causes().isEmpty(), "Not for me is no sign of a cause");
    }

    @Test
    void theSummaryOffersReliefAndTheSheetOnlyWhenTheAppHasThem(FxRobot robot) throws Exception {
        session.answer("calcium.low-intake", Answer.YES);
        WizardViewModel model = model();
        mount(SummaryView.class, () -> new SummaryView(model, new WizardText(BUNDLE), name -> new Region(),
                actions(Optional.of(() -> calls.add("relief")), Optional.of(() -> calls.add("sheet")))));

        robot.clickOn("#summaryRelief");
        robot.clickOn("#summarySheet");
        robot.clickOn("#summaryReadMore");
        robot.clickOn("#summaryRead-calcium");

        assertEquals(List.of("relief", "sheet", "read cause:calcium", "read cause:calcium"), calls);
        assertFalse(robot.lookup("#summaryMassageWarning").query().isVisible());
    }

    @Test
    void withNoCauseTheSummarySaysSoKindlyAndShowsTheHabits(FxRobot robot) throws Exception {
        WizardViewModel model = model();
        mount(SummaryView.class, () -> new SummaryView(model, new WizardText(BUNDLE), name -> new Region(),
                actions(Optional.empty(), Optional.empty())));

        assertTrue(robot.lookup("#summaryNoCause").query().isVisible());
        assertFalse(robot.lookup("#summaryCauses").query().isVisible());
        assertEquals(BUNDLE.text("wizard.summary.habits"),
                robot.lookup("#summaryEverydayHeading").queryLabeled().getText());
        assertTrue(robot.lookup("#summaryEveryday-stretch-before-bed").tryQuery().isPresent());
        assertTrue(robot.lookup("#summaryDuring-massage").tryQuery().isPresent());
        assertTrue(robot.lookup("#summaryRelief").tryQuery().isEmpty());
        assertTrue(robot.lookup("#summarySheet").tryQuery().isEmpty());
        robot.clickOn("#summaryReadMore");
        assertEquals(List.of("read prevention"), calls);
    }
}
