package org.nightcramp.relief;

import org.nightcramp.content.Routine;
import org.nightcramp.l10n.Texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.ToggleSwitch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.nightcramp.app.ControllerFactory;
import org.nightcramp.app.MainWindow;
import org.nightcramp.app.ViewLoader;
import org.nightcramp.content.ClasspathContentSource;
import org.nightcramp.content.illustration.IllustrationCache;
import org.nightcramp.illustration.IllustrationView;
import org.nightcramp.illustration.IllustrationViews;
import org.nightcramp.navigation.FakeNavigator;
import org.nightcramp.storage.StrictJson;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Drives the relief panel like a person, with a fake clock in place of time: each routine start to
 * finish, pause, skip, the clot-sign question, the end question, and the silent paths.
 */
@ExtendWith(ApplicationExtension.class)
class ReliefViewFlowTest {

    private static final Texts EN = TestRoutines.texts("en");

    /** A step's title as the content has it, so a content edit does not break this test. */
    private static String step(String routine, int index) {
        return TestRoutines.routine(routine).steps().get(index).title();
    }


    @TempDir
    static Path dataDir;

    private final FakeClock clock = new FakeClock();
    private final FakeCuePlayer cues = new FakeCuePlayer(SoundStatus.AVAILABLE);
    private final FakeNavigator navigator = new FakeNavigator();
    private final List<String> notices = navigator.notices();
    private ReliefView view;
    private ReliefViewModel model;

    @Start
    void mount(Stage stage) throws Exception {
        Files.deleteIfExists(dataDir.resolve(ReliefPreferencesStore.FILE_NAME));
        ReliefServices services = new ReliefServices(clock, cues,
                new ReliefPreferencesStore(dataDir, StrictJson.create(), Clock.systemUTC()));
        model = new ReliefViewModel(TestRoutines.guide("en"), new ReliefText(TestRoutines.texts("en")),
                services, () -> false, navigator, Clock.systemUTC());
        IllustrationViews drawings = new IllustrationViews(new IllustrationCache(new ClasspathContentSource()));
        ControllerFactory controllers = new ControllerFactory()
                .register(ReliefView.class, () -> new ReliefView(model, drawings::deferredView));
        ViewLoader.View<ReliefView> loaded = new ViewLoader(TestRoutines.texts("en"), controllers).load(ReliefView.class);
        view = loaded.controller();
        Scene scene = new Scene(loaded.root(), 1100, 700);
        scene.getStylesheets().addAll(MainWindow.class.getResource("app.css").toExternalForm(),
                IllustrationView.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    /** Moves the fake clock and lets the panel take one frame, as the frame timer would. */
    private void tick(FxRobot robot, double seconds) {
        robot.interact(() -> {
            clock.advanceSeconds(seconds);
            view.refresh();
        });
    }

    /** Moves the clock a second at a time, so every cue on the way falls due in its own frame. */
    private void run(FxRobot robot, int seconds) {
        for (int i = 0; i < seconds; i++) {
            tick(robot, 1);
        }
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static boolean visible(FxRobot robot, String id) {
        return robot.lookup(id).query().isVisible();
    }

    @Test
    void crampNowStartToFinishWithPauseSkipAndTheSafetyCheck(FxRobot robot) throws Exception {
        assertEquals(step(Routine.CRAMP_NOW, 0), text(robot, "#reliefTitle"));
        robot.clickOn("#reliefStart");
        run(robot, 8);
        assertEquals(step(Routine.CRAMP_NOW, 1), text(robot, "#reliefTitle"));
        assertEquals("27", text(robot, "#reliefCountdown"));
        assertEquals(0.0, foot(robot), "the foot is pulled up during the hold");

        robot.clickOn("#reliefStart");
        tick(robot, 120);
        assertEquals("27", text(robot, "#reliefCountdown"), "paused");
        assertEquals(EN.text("relief.resume"), robot.lookup("#reliefStart").queryButton().getText());
        robot.type(KeyCode.SPACE);
        run(robot, 27);
        assertEquals(EN.text("relief.phase.rest"), text(robot, "#reliefTitle"));
        run(robot, 2);
        // Issue 9.7: easing off shows its own drawing (foot relaxed, towel slack), not the pull turned.
        assertTrue(robot.lookup("#illustration-toe-pull-rest").tryQuery().isPresent(), "and relaxes in the release");

        robot.clickOn("#reliefSkip");
        assertEquals(EN.text("relief.counter.hold", 2, 3), text(robot, "#reliefCounter"));
        assertEquals("30", text(robot, "#reliefCountdown"));
        robot.type(KeyCode.RIGHT).type(KeyCode.RIGHT).type(KeyCode.RIGHT);
        assertTrue(visible(robot, "#reliefCheckPane"));
        assertFalse(visible(robot, "#reliefTimerPane"));
        assertTrue(robot.lookup("#reliefSkip").queryButton().isDisabled(), "the question cannot be skipped");
        robot.type(KeyCode.SPACE);
        assertTrue(visible(robot, "#reliefCheckPane"), "Space does not answer the question");

        robot.clickOn("#reliefCheckNo");
        assertEquals(0, navigator.helpOpened());
        run(robot, 2);
        assertEquals(step(Routine.CRAMP_NOW, 3), text(robot, "#reliefTitle"));
        assertTrue(robot.lookup("#illustration-calf-massage").tryQuery().isPresent());
        run(robot, 120);

        assertTrue(visible(robot, "#reliefDonePane"));
        assertEquals(Cue.END, cues.played.get(cues.played.size() - 1));
        assertEquals(1, cues.played.stream().filter(c -> c == Cue.END).count());
        assertFalse(visible(robot, "#reliefThanks"));
        robot.clickOn("#reliefHelpedALittle");
        assertTrue(visible(robot, "#reliefThanks"));
        assertTrue(robot.lookup("#reliefHelpedNo").queryButton().isDisabled());
        String saved = Files.readString(dataDir.resolve(ReliefPreferencesStore.FILE_NAME));
        assertTrue(saved.contains("\"a-little\"") && saved.contains("\"cramp-now\""), saved);
    }

    @Test
    void beforeBedStartToFinishByKeyboard(FxRobot robot) {
        // The spinners are bound both ways, and such bindings hold their ends weakly: they must survive a GC.
        System.gc();
        robot.clickOn("#reliefRoutine-before-bed");
        assertEquals(EN.text("relief.duration.seconds", 10), robot.lookup("#reliefHold").queryAs(Spinner.class).getEditor().getText());
        robot.type(KeyCode.SPACE);
        run(robot, 11);
        assertEquals(step(Routine.BEFORE_BED, 1), text(robot, "#reliefTitle"));
        assertEquals(EN.text("relief.step.withSide", EN.text("relief.step", 2, 6), EN.text("relief.side.left")), text(robot, "#reliefStep"));
        assertTrue(robot.lookup("#reliefChooser").query().isDisabled(), "the routine is fixed while it runs");
        robot.type(KeyCode.LEFT);
        assertEquals(step(Routine.BEFORE_BED, 0), text(robot, "#reliefTitle"), "Left just after a start goes back a part");
        robot.type(KeyCode.RIGHT);
        run(robot, 5);
        robot.type(KeyCode.LEFT);
        assertEquals("10", text(robot, "#reliefCountdown"), "Left later starts the hold again");
        run(robot, 105);
        assertEquals(step(Routine.BEFORE_BED, 3), text(robot, "#reliefTitle"));
        assertEquals(EN.text("relief.step.withSide", EN.text("relief.step", 4, 6), EN.text("relief.side.right")), text(robot, "#reliefStep"));
        robot.type(KeyCode.ESCAPE);
        assertEquals(step(Routine.BEFORE_BED, 0), text(robot, "#reliefTitle"));
        assertFalse(robot.lookup("#reliefChooser").query().isDisabled());
        int before = cues.played.size();
        robot.type(KeyCode.R);
        run(robot, 221);

        assertTrue(visible(robot, "#reliefDonePane"));
        List<Cue> run = cues.played.subList(before, cues.played.size());
        assertEquals(12 * 3, run.stream().filter(c -> c == Cue.TICK).count(), "three ticks in each of the twelve holds");
        assertEquals(22, run.stream().filter(c -> c == Cue.STEP_CHANGE).count(), "one at the start of every part");
        assertEquals(List.of(Cue.END), run.subList(run.size() - 1, run.size()));
        robot.clickOn("#reliefHelpedYes");
        assertTrue(visible(robot, "#reliefThanks"));
    }

    @Test
    void yesAtTheSafetyCheckSkipsTheMassageAndOpensTheHelp(FxRobot robot) {
        robot.clickOn("#reliefStart");
        run(robot, 116);
        assertTrue(visible(robot, "#reliefCheckPane"));

        robot.clickOn("#reliefCheckYes");
        assertEquals(1, navigator.helpOpened());
        assertEquals(step(Routine.CRAMP_NOW, 4), text(robot, "#reliefTitle"));
        assertEquals(EN.text("relief.resume"), robot.lookup("#reliefStart").queryButton().getText(), "waits while the help is read");
        assertEquals(EN.text("relief.massage.skipped"), text(robot, "#reliefMassageNote"));
        assertTrue(visible(robot, "#reliefMassageNote"));
        robot.type(KeyCode.SPACE);
        run(robot, 61);
        assertTrue(visible(robot, "#reliefDonePane"));
    }

    @Test
    void withoutSoundTheRoutineRunsOnVisualCuesAndSaysSoOnce(FxRobot robot) {
        cues.status = SoundStatus.UNAVAILABLE;
        robot.clickOn("#reliefStart");
        run(robot, 40);
        robot.clickOn("#reliefRestart");
        run(robot, 3);

        assertEquals(1, notices.size(), notices.toString());
        assertTrue(visible(robot, "#reliefNoSound"));
        assertEquals(step(Routine.CRAMP_NOW, 0), text(robot, "#reliefTitle"));
        assertEquals(Cue.STEP_CHANGE, model.lastCueProperty().get().cue(), "the cue is still shown");
    }

    @Test
    void mutedRoutinePlaysNothingAndTheChoiceIsRemembered(FxRobot robot) throws Exception {
        ToggleSwitch sound = robot.lookup("#reliefSound").queryAs(ToggleSwitch.class);
        assertTrue(sound.isSelected());
        robot.clickOn(robot.lookup("#reliefSound .thumb-area").queryAs(Node.class));
        assertFalse(sound.isSelected());
        robot.clickOn("#reliefStart");
        run(robot, 40);

        assertEquals(List.of(), cues.played);
        assertEquals(List.of(), notices);
        String saved = Files.readString(dataDir.resolve(ReliefPreferencesStore.FILE_NAME));
        assertTrue(saved.replace(" ", "").contains("\"muted\":true"), saved);
    }

    @Test
    void holdChoicesAreLockedWhileARoutineRuns(FxRobot robot) {
        Spinner<?> hold = robot.lookup("#reliefHold").queryAs(Spinner.class);
        robot.clickOn(hold.lookup(".increment-arrow-button"));
        assertEquals(35, model.choices().holdSecondsProperty().get());

        robot.clickOn("#reliefStart");
        assertTrue(robot.lookup("#reliefSettings").query().isDisabled());
        run(robot, 5);
        assertEquals("35", text(robot, "#reliefCountdown"));
        Button stop = robot.lookup("#reliefStop").queryButton();
        robot.clickOn(stop);
        assertFalse(robot.lookup("#reliefSettings").query().isDisabled());
    }

    /** The toe-pull drawing's foot, in degrees from the drawn (pulled-up) pose. */
    private static double foot(FxRobot robot) {
        IllustrationView drawing = robot.lookup("#illustration-toe-pull").queryAs(IllustrationView.class);
        return drawing.part("foot").orElseThrow().rotateProperty().get();
    }
}
