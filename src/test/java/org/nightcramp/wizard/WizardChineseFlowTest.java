package org.nightcramp.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
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
 * Walks the whole wizard in Chinese by keyboard alone. The answers read 是, 否, 不确定 without
 * old-style "(Y)" letters, so the keys are those of any radio group: Space chooses the focused
 * answer, the arrow keys move to and choose another, Tab goes to the next question. The summary
 * has no clot sign, and shows each safety point in the guide's one Chinese wording.
 */
@ExtendWith(ApplicationExtension.class)
class WizardChineseFlowTest {

    private static final Texts ZH = Texts.ui(Locale.forLanguageTag("zh-CN"));

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
        assertEquals(ZH.text("wizard.start.begin"), app.text("wizardBegin"));
        assertEquals("第 1 步，共 8 步", app.text("wizardStepLabel"));
        app.key(KeyCode.ENTER);

        // Cold: nothing answered.
        assertEquals(Guides.load("zh-CN").cause("cold").orElseThrow().title(), app.text("causeTitle"));
        assertEquals("是", app.text("answer-cold-room-yes"), "no Latin letter in a Chinese answer");
        assertEquals("不确定", app.text("answer-cold-uncovered-not-sure"));
        app.key(KeyCode.ENTER);

        // Over-fatigue: two Yes answers make it likely; Alt+Y answers though the label has no letter.
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
        app.key(KeyCode.RIGHT);
        app.key(KeyCode.RIGHT);
        app.tab(1);
        app.key(KeyCode.RIGHT);
        app.tab(1);
        app.key(KeyCode.RIGHT);
        app.tab(1);
        app.key(KeyCode.RIGHT);
        app.key(KeyCode.RIGHT);
        assertFalse(app.exists("helpClose"));
        app.key(KeyCode.ENTER);

        // About you: age is a plain fact, so it offers no "Not sure"; pregnancy does.
        assertEquals(ZH.text("wizard.finish"), app.text("wizardNext"));
        assertTrue(app.exists("answer-about-pregnant-not-sure"));
        assertTrue(app.exists("answer-about-over-60-no"));
        assertFalse(app.exists("answer-about-over-60-not-sure"));
        app.key(KeyCode.SPACE);
        app.key(KeyCode.ENTER);

        assertEquals("第 8 步，共 8 步", app.text("wizardStepLabel"));
        List<String> causes = app.<VBox>node("summaryCauses").getChildren().stream().map(Node::getId).toList();
        assertEquals(List.of("summaryCause-fatigue", "summaryCause-calcium"), causes);
        assertEquals(ZH.text("urgency.likely"), app.text("summaryLikelihood-fatigue"));
        assertEquals(ZH.text("urgency.possible"), app.text("summaryLikelihood-calcium"));
        assertFalse(app.visible("summaryMassageWarning"));
        assertTrue(app.exists("summaryDuring-massage"), "massage is fine without clot signs");
        assertTrue(app.exists("summaryFactor-pregnancy"));
        // Safety points come from the guide's one wording, not from each item's own sentences.
        Map<String, String> safety = Guides.load("zh-CN").safetyPoints();
        assertEquals(safety.get("clot-signs"), app.text("summaryDuring-massage-safety-clot-signs"));
        assertEquals(safety.get("same-day"), app.text("summaryDuring-massage-safety-same-day"));
        assertEquals(safety.get("clot-signs"), app.text("summaryFactor-pregnancy-safety-clot-signs"));
        assertEquals(safety.get("ask-doctor"), app.text("summaryCause-calcium-safety-ask-doctor"));
        assertEquals(Map.of("about.pregnant", Answer.YES), app.saved().aboutYou());
        assertEquals(Answer.NOT_SURE, app.saved().question("blood-flow.walking-pain").orElseThrow());
    }
}
