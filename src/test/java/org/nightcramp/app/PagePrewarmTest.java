package org.nightcramp.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.nightcramp.navigation.Page;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 13: every page opens at once on its first click, built ahead while the person reads. */
@ExtendWith(ApplicationExtension.class)
class PagePrewarmTest {

    @TempDir
    Path dataDir;

    @Test
    void pagesAreBuiltInOrderOnlyWhileQuietAndNotAfterTheWindowIsRebuilt() {
        List<Page> built = new ArrayList<>();
        AtomicBoolean quiet = new AtomicBoolean(false);
        AtomicBoolean alive = new AtomicBoolean(true);
        AtomicBoolean done = new AtomicBoolean();
        Deque<Duration> delays = new ArrayDeque<>();
        Deque<Runnable> steps = new ArrayDeque<>();
        PagePrewarm prewarm = new PagePrewarm(List.of(Page.RELIEF, Page.GUIDE, Page.READER), built::add,
                alive::get, quiet::get, (delay, step) -> {
                    delays.add(delay);
                    steps.add(step);
                });
        prewarm.start(() -> done.set(true));
        // While a routine counts down nothing is built, however often the prewarm looks.
        for (int i = 0; i < 3; i++) {
            steps.poll().run();
        }
        assertEquals(List.of(), built, "built while not quiet");
        assertEquals(List.of(PagePrewarm.FIRST, PagePrewarm.FIRST, PagePrewarm.FIRST, PagePrewarm.FIRST),
                List.copyOf(delays), "it waits a whole moment each time it looks");
        quiet.set(true);
        steps.poll().run();
        steps.poll().run();
        assertEquals(List.of(Page.RELIEF, Page.GUIDE), built, "one page a step, in order");
        assertEquals(PagePrewarm.BETWEEN, delays.peekLast(), "the next page follows soon after");
        // The window is rebuilt for another language: the old pages are not built any more.
        alive.set(false);
        steps.poll().run();
        assertEquals(List.of(Page.RELIEF, Page.GUIDE), built);
        assertTrue(steps.isEmpty(), "it stops looking");
        assertFalse(done.get());
    }

    @Test
    void itSaysWhenEveryPageIsBuilt() {
        List<Page> built = new ArrayList<>();
        AtomicBoolean done = new AtomicBoolean();
        Deque<Runnable> steps = new ArrayDeque<>();
        new PagePrewarm(List.of(Page.SHEET), built::add, () -> true, () -> true, (delay, step) -> steps.add(step))
                .start(() -> done.set(true));
        steps.poll().run();
        assertFalse(done.get());
        steps.poll().run();
        assertEquals(List.of(Page.SHEET), built);
        assertTrue(done.get());
    }

    @Test
    void theRealWindowBuildsEveryPageAheadAndShowsThatVeryNodeOnTheFirstClick() throws Exception {
        String before = System.getProperty(PagePrewarm.PROPERTY);
        System.setProperty(PagePrewarm.PROPERTY, "true");
        try (TestWindow app = TestWindow.start(dataDir, "en", false, 1.0, 1100, 760)) {
            MainWindowView view = TestWindow.call(() -> app.window().view());
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> TestWindow.call(() -> view.prewarmedProperty().get()));
            StackPane host = app.node("pageHost");
            assertEquals("homePage", TestWindow.call(() -> shown(host).getId()), "building ahead shows nothing");
            assertEquals(Page.values().length, TestWindow.call(() -> host.getChildren().size()));
            // Each page built ahead goes in front of those before it: the home page is last, and
            // next to it the first one built, Relief, for someone woken by a cramp.
            Node relief = TestWindow.call(() -> view.page(Page.RELIEF));
            assertSame(relief, TestWindow.call(() -> host.getChildren().get(host.getChildren().size() - 2)),
                    "Relief is built ahead first");
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals("navHome", TestWindow.call(() -> app.scene().getFocusOwner().getId()),
                    "the keyboard stays where the person left it");
            for (Page page : Page.values()) {
                if (page == Page.HOME) {
                    continue;
                }
                Node ahead = TestWindow.call(() -> view.page(page));
                app.fire(page.navId());
                assertSame(ahead, TestWindow.call(() -> shown(host)), page + " was built again");
            }
            // A page that was shown leaves the scene when another is shown, as before.
            assertEquals(1, TestWindow.call(() -> host.getChildren().size()));
        } finally {
            if (before == null) {
                System.clearProperty(PagePrewarm.PROPERTY);
            } else {
                System.setProperty(PagePrewarm.PROPERTY, before);
            }
        }
    }

    /** The one page a person sees. */
    private static Node shown(StackPane host) {
        List<Node> visible = host.getChildren().stream().filter(Node::isVisible).toList();
        assertEquals(1, visible.size(), "pages on screen");
        return visible.get(0);
    }
}
