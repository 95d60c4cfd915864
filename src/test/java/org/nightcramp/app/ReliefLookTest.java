package org.nightcramp.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Issue 9.3: the relief toolbar cut its Chinese labels short at larger text; at Night the "1:00"
 * countdown was wider than its ring, and the ring changed size from step to step.
 */
@ExtendWith(ApplicationExtension.class)
class ReliefLookTest {

    @TempDir
    Path dataDir;

    @Test
    void theToolbarKeepsItsWordsInChineseAtLargerText() throws Exception {
        try (TestWindow app = TestWindow.start(dataDir, "zh-CN", true, 1.5, 1100, 760)) {
            app.fire("navRelief");
            List<String> cut = TestWindow.call(() -> LayoutChecks.check(app.scene())).stream()
                    .filter(p -> p.startsWith("cut short") || p.startsWith("outside")).toList();
            assertEquals(List.of(), cut);
        }
    }

    @Test
    void atNightTheRingKeepsOneSizeAndTheDigitsStayInsideIt() throws Exception {
        for (String locale : List.of("en", "zh-CN")) {
            try (TestWindow app = TestWindow.start(dataDir, locale, true, 1.0, 1100, 760)) {
                app.fire("navRelief");
                app.fire("reliefStart");
                List<Double> sizes = new ArrayList<>();
                // Through the whole of Cramp now: the massage and the walk count down from 1:00.
                for (int phase = 0; phase < 12 && !TestWindow.call(() -> app.node("reliefDonePane").isVisible()); phase++) {
                    if (TestWindow.call(() -> app.node("reliefCheckPane").isVisible())) {
                        app.fire("reliefCheckNo");
                        continue;
                    }
                    Bounds ring = dial(app);
                    // The laid-out size: each step's cue swells the dial for a moment, on purpose.
                    sizes.add(TestWindow.call(() -> Math.rint(((javafx.scene.layout.Region) app.node("reliefProgressArc")
                            .getParent()).getWidth())));
                    Label digits = app.node("reliefCountdown");
                    String text = TestWindow.call(digits::getText);
                    if (!text.isEmpty()) {
                        Bounds shown = textBounds(app, digits);
                        // Inside the ring's stroke, which is at most 16 px wide.
                        double r = Math.min(ring.getWidth(), ring.getHeight()) / 2 - 16;
                        double cx = ring.getCenterX();
                        double cy = ring.getCenterY();
                        // Every corner of the digits' box lies inside the ring.
                        for (double x : new double[] {shown.getMinX(), shown.getMaxX()}) {
                            for (double y : new double[] {shown.getMinY(), shown.getMaxY()}) {
                                assertTrue(Math.hypot(x - cx, y - cy) < r, locale + ": \"" + text + "\" at "
                                        + shown + " reaches past the ring at " + ring);
                            }
                        }
                    }
                    app.fire("reliefSkip");
                }
                assertTrue(sizes.size() >= 3, "went through several steps: " + sizes);
                assertEquals(1, sizes.stream().distinct().count(), locale + ": ring sizes by step " + sizes);
            }
        }
    }

    private static Bounds dial(TestWindow app) {
        Node arc = app.node("reliefProgressArc");
        return TestWindow.call(() -> arc.getParent().localToScene(arc.getParent().getLayoutBounds()));
    }

    /** The drawn digits: the label's text node, not the label's box. */
    private static Bounds textBounds(TestWindow app, Label digits) {
        return TestWindow.call(() -> {
            Node text = digits.lookup(".text");
            return text.localToScene(text.getBoundsInLocal());
        });
    }
}
