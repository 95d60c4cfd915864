package org.nightcramp.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.nightcramp.assessment.Answer;
import org.nightcramp.l10n.Texts;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Walks the whole wizard in English by keyboard alone, answering Yes to a clot sign, and checks
 * the summary: the causes in order, the massage warning, and no button for what the app lacks.
 */
@ExtendWith(ApplicationExtension.class)
class WizardEnglishFlowTest {

    private static final Texts EN = Texts.ui(java.util.Locale.ENGLISH);

    @TempDir
    Path dataDir;

    private RunningApp app;

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    @Test
    void walksTheWholeWizardByKeyboard(FxRobot robot) throws Exception {
        app = new RunningApp(dataDir, robot).start("en");
        app.openGuide("wizardBegin");
        assertEquals("Step 1 of 8", app.text("wizardStepLabel"));

        app.key(KeyCode.ENTER);
        // Cold: focus lands on the first question; Alt+Y answers it, Tab goes to the next, Space picks.
        assertEquals("answer-cold-room-yes", app.focusedId());
        assertEquals("Step 2 of 8", app.text("wizardStepLabel"));
        app.alt(KeyCode.Y);
        app.tab(1);
        assertEquals("answer-cold-uncovered-yes", app.focusedId());
        app.key(KeyCode.SPACE);
        app.key(KeyCode.ENTER);

        // Over-fatigue: Not sure is a fine answer.
        assertEquals("answer-fatigue-long-activity-yes", app.focusedId());
        app.alt(KeyCode.S);
        app.key(KeyCode.ENTER);

        // Calcium: Next never asks for an answer.
        assertEquals("answer-calcium-low-intake-yes", app.focusedId());
        app.key(KeyCode.ENTER);

        // Sleep posture: the third question, found with Tab.
        app.tab(2);
        app.alt(KeyCode.Y);
        assertTrue(app.selected("posture.heavy-quilt", Answer.YES));
        app.key(KeyCode.ENTER);

        // Blood flow: a Yes to one leg swollen interrupts with the urgent help.
        assertEquals("answer-blood-flow-varicose-yes", app.focusedId());
        assertTrue(app.exists("clotSign-blood-flow-one-leg-swollen"));
        app.alt(KeyCode.N);
        app.tab(1);
        app.alt(KeyCode.Y);
        app.waitFor("helpClose");
        assertTrue(app.exists("help-urgent-clot-signs"));
        app.key(KeyCode.ESCAPE);
        assertFalse(app.exists("helpClose"), "Esc closes the help");
        assertTrue(app.selected("blood-flow.one-leg-swollen", Answer.YES));

        // Alt+Left goes back with the answers kept; Enter comes forward again.
        app.alt(KeyCode.LEFT);
        assertEquals("Step 5 of 8", app.text("wizardStepLabel"));
        assertTrue(app.selected("posture.heavy-quilt", Answer.YES));
        app.key(KeyCode.ENTER);
        assertTrue(app.selected("blood-flow.one-leg-swollen", Answer.YES));
        assertTrue(app.selected("blood-flow.varicose", Answer.NO));
        app.key(KeyCode.ENTER);

        // About you: the last question step says Finish.
        assertEquals("answer-about-pregnant-yes", app.focusedId());
        assertEquals(EN.text("wizard.finish"), app.text("wizardNext"));
        app.tab(1);
        app.alt(KeyCode.Y);
        app.key(KeyCode.ENTER);

        assertEquals("Step 8 of 8", app.text("wizardStepLabel"));
        assertSummary();
        assertEquals(Map.of("cold.room", Answer.YES, "cold.uncovered", Answer.YES,
                "fatigue.long-activity", Answer.NOT_SURE, "posture.heavy-quilt", Answer.YES,
                "blood-flow.varicose", Answer.NO, "blood-flow.one-leg-swollen", Answer.YES), app.saved().questions());
        assertEquals(Map.of("about.over-60", Answer.YES), app.saved().aboutYou());
        assertTrue(app.saved().finished());

        // Read more opens the reader at the cause that fits best.
        app.tabTo("summaryReadMore");
        app.key(KeyCode.SPACE);
        assertTrue(app.<javafx.scene.control.ToggleButton>node("navReader").isSelected());
    }

    private void assertSummary() {
        assertTrue(app.visible("summaryMassageWarning"), "massage warning after a clot sign");
        assertEquals("summaryGetHelp", app.focusedId(), "focus on the urgent button first");
        List<String> causes = app.<VBox>node("summaryCauses").getChildren().stream().map(Node::getId).toList();
        assertEquals(List.of("summaryCause-blood-flow", "summaryCause-cold", "summaryCause-posture"), causes);
        assertEquals(EN.text("urgency.likely"), app.text("summaryLikelihood-cold"));
        assertEquals(EN.text("urgency.possible"), app.text("summaryLikelihood-posture"));
        assertTrue(app.exists("summaryAdvice-cold-keep-warm"));
        assertTrue(app.exists("summaryDuring-toe-pull"));
        assertFalse(app.exists("summaryDuring-massage"), "no massage with a possible clot");
        assertTrue(app.exists("summaryFactor-ageing"));
        assertTrue(app.exists("summaryWarning-clot-signs"));
        assertFalse(app.visible("summaryNoCause"));
        assertTrue(app.exists("summaryRelief"), "the relief page exists, so its button shows");
        assertTrue(app.exists("summarySheet"), "the advice sheet page exists, so its button shows");
        assertTrue(app.exists("summaryReadMore"));
        assertFalse(app.visible("wizardNext"));
    }
}
