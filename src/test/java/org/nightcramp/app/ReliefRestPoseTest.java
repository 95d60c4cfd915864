package org.nightcramp.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 9.7: the wall stretch's "Get ready" and "Ease off" turned the leaning drawing back, so the
 * hands hung in the air off the wall, and easing off the toe pull kept the towel taut. Those
 * moments show drawings of their own: standing up, and the towel slack.
 */
@ExtendWith(ApplicationExtension.class)
class ReliefRestPoseTest {

    @TempDir
    Path dataDir;

    @Test
    void betweenHoldsTheRoutineShowsTheRestingPose() throws Exception {
        try (TestWindow app = TestWindow.start(dataDir, "en", false, 1.0, 1100, 760)) {
            app.fire("navRelief");
            app.fire("reliefRoutine-before-bed");
            app.fire("reliefStart");
            assertShows(app, "calf-stretch-rest", "getting ready at the wall");
            app.fire("reliefSkip");
            assertShows(app, "calf-stretch", "holding the stretch");
            app.fire("reliefSkip");
            assertShows(app, "calf-stretch-rest", "easing off between stretches");
            app.fire("reliefStop");

            app.fire("reliefRoutine-cramp-now");
            app.fire("reliefStart");
            assertShows(app, "toe-pull-rest", "getting ready for the toe pull");
            app.fire("reliefSkip");
            assertShows(app, "toe-pull", "pulling the toes up");
            app.fire("reliefSkip");
            assertShows(app, "toe-pull-rest", "easing off the pull");
        }
    }

    private static void assertShows(TestWindow app, String drawing, String when) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shown(app).equals("illustration-" + drawing));
        assertEquals("illustration-" + drawing, shown(app), when);
        // The resting pose is drawn as it is: nothing in it is turned away from where it belongs.
        Node view = TestWindow.call(() -> ((StackPane) app.node("reliefIllustration")).getChildren().get(0));
        assertTrue(TestWindow.call(() -> view.lookupAll("*").stream().allMatch(n -> n.getRotate() == 0)),
                when + ": a part of the drawing is turned");
    }

    private static String shown(TestWindow app) {
        return TestWindow.call(() -> {
            StackPane host = app.node("reliefIllustration");
            return host.getChildren().isEmpty() ? "" : String.valueOf(host.getChildren().get(0).getId());
        });
    }
}
