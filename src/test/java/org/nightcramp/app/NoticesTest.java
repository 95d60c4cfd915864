package org.nightcramp.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 9.2: notices covered the page (the relief toolbar, the sheet's heading) instead of
 * pushing it down, and one stayed up on the next page, over the wizard's step circles.
 */
@ExtendWith(ApplicationExtension.class)
class NoticesTest {

    private static final String NOTICE = "This computer has no sound device the app can use.";

    @TempDir
    Path dataDir;

    @Test
    void aNoticePushesThePageDownAndGoesWithIt() throws Exception {
        try (TestWindow app = TestWindow.start(dataDir, "en", false, 1.0, 1100, 760)) {
            app.fire("navRelief");
            app.run(() -> app.window().showNotice(NOTICE));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown(app).isPresent());
            Bounds notice = TestWindow.call(() -> bar(shown(app).orElseThrow()));
            for (String id : new String[] {"reliefRoutineLabel", "reliefChooser", "reliefSound"}) {
                Bounds control = TestWindow.call(() -> app.node(id).localToScene(app.node(id).getLayoutBounds()));
                assertTrue(control.getMinY() >= notice.getMaxY() - 1,
                        "#" + id + " at " + control + " is under the notice at " + notice);
            }
            app.fire("navGuide");
            assertFalse(shown(app).isPresent(), "the notice stays up on the next page");
        }
    }

    /** The visible label showing the notice, whatever control shows it. */
    private static Optional<Node> shown(TestWindow app) {
        return TestWindow.call(() -> app.scene().getRoot().lookupAll(".label").stream()
                .filter(n -> n instanceof Labeled l && l.getText() != null && l.getText().contains(NOTICE))
                .filter(NoticesTest::treeVisible).findFirst());
    }

    /** The notice's whole bar: the label's parent row, where its background starts and ends. */
    private static Bounds bar(Node label) {
        Node row = label.getParent();
        return row.localToScene(row.getLayoutBounds());
    }

    private static boolean treeVisible(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }
}
