package org.nightcramp.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.nightcramp.app.Messages;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Walks the whole wizard in Chinese by keyboard alone: the same mnemonics (是(Y), 否(N),
 * 不确定(S)), arrow keys within a question, and a summary with no clot sign.
 */
@ExtendWith(ApplicationExtension.class)
class WizardChineseFlowTest {

    private static final ResourceBundle ZH = Messages.bundle(Locale.forLanguageTag("zh-CN"));

    @TempDir
    Path dataDir;

    private RunningApp app;

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    @Test
    void walksTheWholeWizardByKeyboardInChinese(FxRobot robot) throws Exception {
        app = new RunningApp(dataDir, robot).start("zh-CN");
        app.openGuide("wizardBegin");
        assertEquals(ZH.getString("wizard.start.begin"), app.text("wizardBegin"));
        assertEquals("第 1 步，共 8 步", app.text("wizardStepLabel"));
        app.key(KeyCode.ENTER);

        // Cold: nothing answered.
        assertEquals(Guides.load("zh-CN").cause("cold").orElseThrow().title(), app.text("causeTitle"));
        assertEquals("是(_Y)", app.text("answer-cold-room-yes"), "the active question shows its mnemonics");
        assertEquals("是(Y)", app.text("answer-cold-uncovered-yes"), "the others do not");
        app.key(KeyCode.ENTER);

        // Over-fatigue: two Yes answers make it likely.
        app.alt(KeyCode.Y);
        app.tab(1);
        app.alt(KeyCode.Y);
        app.key(KeyCode.ENTER);

        // Calcium: one Yes, and a No on the third question.
        app.alt(KeyCode.Y);
        app.tab(2);
        app.alt(KeyCode.N);
        app.key(KeyCode.ENTER);

        // Sleep posture: the arrow key moves from Yes to No and chooses it.
        assertEquals("answer-posture-tucked-covers-yes", app.focusedId());
        app.key(KeyCode.RIGHT);
        assertEquals("answer-posture-tucked-covers-no", app.focusedId());
        assertTrue(app.selected("posture.tucked-covers", Answer.NO));
        app.key(KeyCode.ENTER);

        // Blood flow: No to the clot signs, so no urgent help and massage stays.
        app.alt(KeyCode.S);
        app.tab(1);
        app.alt(KeyCode.N);
        app.tab(1);
        app.alt(KeyCode.N);
        app.tab(1);
        app.alt(KeyCode.S);
        assertFalse(app.exists("helpClose"));
        app.key(KeyCode.ENTER);

        // About you.
        assertEquals(ZH.getString("wizard.finish"), app.text("wizardNext"));
        app.alt(KeyCode.Y);
        app.key(KeyCode.ENTER);

        assertEquals("第 8 步，共 8 步", app.text("wizardStepLabel"));
        List<String> causes = app.<VBox>node("summaryCauses").getChildren().stream().map(Node::getId).toList();
        assertEquals(List.of("summaryCause-fatigue", "summaryCause-calcium"), causes);
        assertEquals(ZH.getString("urgency.likely"), app.text("summaryLikelihood-fatigue"));
        assertEquals(ZH.getString("urgency.possible"), app.text("summaryLikelihood-calcium"));
        assertFalse(app.visible("summaryMassageWarning"));
        assertTrue(app.exists("summaryDuring-massage"), "massage is fine without clot signs");
        assertTrue(app.exists("summaryFactor-pregnancy"));
        assertEquals(Map.of("about.pregnant", Answer.YES), app.saved().aboutYou());
        assertEquals(Answer.NOT_SURE, app.saved().question("blood-flow.walking-pain").orElseThrow());
    }
}
