package org.nightcramp.reader;

import javafx.application.Platform;
import javafx.scene.control.ScrollPane;

/**
 * Keeps the reader's place when the text reflows: a larger text size, a narrower window or the
 * find bar make the page taller or shorter, and a scroll position kept as a fraction of the whole
 * would land somewhere else in the guide. The place is the text run at the top of the view and
 * how far into it the view starts, and the view goes back to it after the page is laid out again.
 */
final class ReadingPlace {

    private final ScrollPane scroll;
    private final ReaderPage page;
    private int run = -1;
    private double into;
    private boolean reflowing;

    ReadingPlace(ScrollPane scroll, ReaderPage page) {
        this.scroll = scroll;
        this.page = page;
    }

    void install() {
        scroll.vvalueProperty().addListener((obs, old, value) -> {
            if (!reflowing) {
                remember();
            }
        });
        scroll.getContent().layoutBoundsProperty().addListener((obs, old, now) -> {
            if (old.getHeight() != now.getHeight() && run >= 0 && !reflowing) {
                // The scroll pane clamps its value while the page changes; none of that is the reader's doing.
                reflowing = true;
                Platform.runLater(this::restore);
            }
        });
    }

    /** Notes the run at the top of the view. */
    private void remember() {
        if (Scrolling.viewportHeight(scroll) <= 0 || scroll.getScene() == null) {
            return;
        }
        double top = Scrolling.top(scroll);
        for (int i = page.runCount() - 1; i >= 0; i--) {
            HighlightText text = page.run(i);
            double y = Scrolling.contentY(scroll, text);
            if (y <= top) {
                run = i;
                double height = text.getLayoutBounds().getHeight();
                into = height <= 0 ? 0 : Math.min(1, (top - y) / height);
                return;
            }
        }
        run = -1;
    }

    private void restore() {
        try {
            if (run >= 0 && scroll.getScene() != null) {
                scroll.layout();
                HighlightText text = page.run(run);
                double y = Scrolling.contentY(scroll, text) + into * text.getLayoutBounds().getHeight();
                Scrolling.scrollTo(scroll, y);
            }
        } finally {
            reflowing = false;
        }
    }
}
