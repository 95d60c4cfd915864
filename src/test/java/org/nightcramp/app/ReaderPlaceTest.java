package org.nightcramp.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 9.9: the reader lost its place when the text size changed. */
@ExtendWith(ApplicationExtension.class)
class ReaderPlaceTest {

    @TempDir
    Path dataDir;

    @Test
    void theReaderKeepsItsPlaceWhenTheTextGrowsOrShrinks() throws Exception {
        try (TestWindow app = TestWindow.start(dataDir, "en", false, 1.0, 1100, 760)) {
            app.run(() -> app.window().openReader("cause:calcium"));
            WaitForAsyncUtils.waitForFxEvents();
            double before = fromTop(app);
            assertTrue(Math.abs(before) < 40, "opened at the section: " + before);
            for (String key : new String[] {"textLarger", "textLarger", "textLarger", "textSmaller"}) {
                app.fire(key);
                WaitForAsyncUtils.waitForFxEvents();
                double now = fromTop(app);
                assertTrue(Math.abs(now - before) < 60, "after " + key + " the section that was at the top is "
                        + now + " px from it");
            }
        }
    }

    /** Where the calcium section starts, from the top of the reader's view. */
    private static double fromTop(TestWindow app) {
        return TestWindow.call(() -> {
            ScrollPane scroll = app.node("readerScroll");
            Node section = app.node("section-cause-calcium");
            Node viewport = scroll.lookup(".viewport");
            return section.localToScene(0, 0).getY() - viewport.localToScene(0, 0).getY();
        });
    }
}
