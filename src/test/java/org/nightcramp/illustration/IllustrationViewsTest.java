package org.nightcramp.illustration;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nightcramp.content.ClasspathContentSource;
import org.nightcramp.content.illustration.IllustrationCache;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** When a drawing's view is drawn: at once when its file was read, else a pulse later. */
@ExtendWith(ApplicationExtension.class)
class IllustrationViewsTest {

    private final IllustrationCache drawings = new IllustrationCache(new ClasspathContentSource());
    private final IllustrationViews views = new IllustrationViews(drawings);

    @Test
    void aDrawingReadAlreadyIsDrawnAtOnce() throws Exception {
        assertTrue(drawings.illustration("blood-flow.svg").isPresent());

        IllustrationView view = WaitForAsyncUtils.asyncFx(() -> (IllustrationView) views.deferredView("blood-flow.svg"))
                .get(5, TimeUnit.SECONDS);

        assertNotNull(view.getIllustration(), "drawn in the same pulse, so the first frame is complete");
    }

    @Test
    void aDrawingNotReadYetIsDrawnOnTheNextPulse() throws Exception {
        IllustrationView[] seen = new IllustrationView[1];
        Object drawnAtOnce = WaitForAsyncUtils.asyncFx(() -> {
            seen[0] = (IllustrationView) views.deferredView("calf-massage.svg");
            return seen[0].getIllustration();
        }).get(5, TimeUnit.SECONDS);
        assertNull(drawnAtOnce, "reading and parsing wait until the frame is out");

        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(seen[0].getIllustration());
        assertTrue(drawings.isRead("calf-massage.svg"));
    }
}
