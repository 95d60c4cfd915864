package org.nightcramp.wizard;

import org.nightcramp.l10n.Texts;
import java.util.Locale;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.nightcramp.assessment.Answer;
import org.nightcramp.assessment.Answers;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** Closing the app mid-wizard loses nothing; Start over clears, but only once confirmed. */
@ExtendWith(ApplicationExtension.class)
class WizardResumeTest {

    @TempDir
    Path dataDir;

    private RunningApp app;

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    /** Begins, answers on the first two causes and stops on the second. */
    private void answerTwoSteps(FxRobot robot) throws Exception {
        app = new RunningApp(dataDir, robot).start("en").answerColdAndGoOn();
        app.tab(1);
        app.alt(KeyCode.N);
    }

    @Test
    void reopeningTheAppResumesAtTheSameStepWithTheSameAnswers(FxRobot robot) throws Exception {
        answerTwoSteps(robot);
        app.close();

        app.start("en");
        app.openGuide("answer-fatigue-short-sleep-no");
        assertEquals(Texts.ui(Locale.ENGLISH).text("wizard.step.of", 3, 8), app.text("wizardStepLabel"));
        assertTrue(app.selected("fatigue.short-sleep", Answer.NO));
        assertFalse(app.<ToggleButton>node("wizardStep-cause-cold").isDisabled(), "a step reached can be clicked");
        assertTrue(app.<ToggleButton>node("wizardStep-cause-calcium").isDisabled(), "a step not reached cannot");

        app.alt(KeyCode.LEFT);
        assertTrue(app.selected("cold.room", Answer.YES));
        app.alt(KeyCode.LEFT);
        assertTrue(app.visible("wizardResume"));
        assertFalse(app.visible("wizardBegin"));
        assertEquals("wizardResume", app.focusedId());
        assertTrue(app.text("startWelcomeBackText").contains("2 of 19"), app.text("startWelcomeBackText"));
        app.key(KeyCode.ENTER);
        assertEquals(Texts.ui(Locale.ENGLISH).text("wizard.step.of", 3, 8), app.text("wizardStepLabel"), "Resume goes to the furthest step");
    }

    @Test
    void startOverAsksFirstAndThenClearsEverything(FxRobot robot) throws Exception {
        answerTwoSteps(robot);

        app.tabTo("wizardStartOver");
        app.key(KeyCode.SPACE);
        app.waitFor("startOverKeep");
        app.key(KeyCode.ENTER);
        assertFalse(app.exists("startOverKeep"));
        assertTrue(app.saved().question("cold.room").isPresent(), "Enter keeps the answers");
        assertEquals(Texts.ui(Locale.ENGLISH).text("wizard.step.of", 3, 8), app.text("wizardStepLabel"));

        app.tabTo("wizardStartOver");
        app.key(KeyCode.SPACE);
        app.waitFor("startOverConfirm");
        app.tabTo("startOverConfirm");
        app.key(KeyCode.SPACE);

        assertEquals(Answers.empty(), app.saved());
        assertEquals("Step 1 of 8", app.text("wizardStepLabel"));
        assertTrue(app.visible("wizardBegin"));
        assertTrue(app.<ToggleButton>node("wizardStep-cause-cold").isDisabled());
    }
}
