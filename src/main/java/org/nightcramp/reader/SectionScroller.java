package org.nightcramp.reader;

import java.util.Map;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import org.nightcramp.reader.FindModel.Match;

/**
 * Keeps the table of contents, the selected section and the scroll position in step: choosing
 * a section scrolls to it, and scrolling selects the section being read.
 */
final class SectionScroller {

    private final ReaderViewModel viewModel;
    private final ListView<Section> toc;
    private final ScrollPane scroll;
    private final ReaderPage page;
    /** Set while this moves the scroll to a section, so tracking does not pick another section. */
    private boolean scrollingToSection;
    /** Set while tracking updates the selection, so the selection does not scroll back. */
    private boolean tracking;
    private String pendingSection;

    SectionScroller(ReaderViewModel viewModel, ListView<Section> toc, ScrollPane scroll, ReaderPage page) {
        this.viewModel = viewModel;
        this.toc = toc;
        this.scroll = scroll;
        this.page = page;
    }

    void install() {
        toc.getSelectionModel().selectedItemProperty().addListener((obs, old, section) -> {
            if (section != null) {
                viewModel.selectedSectionProperty().set(section.id());
            }
        });
        // Clicking the entry already selected still goes back to the start of its section.
        toc.setOnMouseClicked(e -> {
            Section section = toc.getSelectionModel().getSelectedItem();
            if (section != null) {
                scrollToSection(section.id());
            }
        });
        viewModel.selectedSectionProperty().addListener((obs, old, id) -> selected(id));
        selectInToc(viewModel.selectedSectionProperty().get());
        scroll.vvalueProperty().addListener((obs, old, value) -> track());
        scroll.viewportBoundsProperty().addListener((obs, old, bounds) -> scrollLaterToPending());
        scroll.sceneProperty().addListener((obs, old, scene) -> scrollLaterToPending());
    }

    void scrollToSection(String id) {
        if (Scrolling.viewportHeight(scroll) <= 0 || scroll.getScene() == null) {
            pendingSection = id;  // not laid out yet: the viewport listener comes back here
            return;
        }
        pendingSection = null;
        scroll.layout();
        scrollingToSection = true;
        try {
            Scrolling.scrollTo(scroll, Scrolling.contentY(scroll, page.sections().get(id)));
        } finally {
            scrollingToSection = false;
        }
    }

    private void scrollLaterToPending() {
        if (pendingSection != null) {
            // Called mid-layout or on attach: scroll once the pass is done and the sections have their places.
            Platform.runLater(() -> {
                if (pendingSection != null) {
                    scrollToSection(pendingSection);
                }
            });
        }
    }

    /** Scrolls a match into view, unless it is already; the contents follow as for any scroll. */
    void reveal(Match match) {
        scroll.layout();
        HighlightText run = page.run(match.block());
        page.bounds(match).ifPresent(bounds -> {
            double minY = Scrolling.contentY(scroll, run, bounds);
            if (!Scrolling.isVisible(scroll, minY, minY + bounds.getHeight())) {
                // A third of the way down leaves the lines before the match in view for context.
                Scrolling.scrollTo(scroll, minY - Scrolling.viewportHeight(scroll) / 3);
            }
        });
    }

    private void selected(String id) {
        selectInToc(id);
        if (!tracking && id != null) {
            scrollToSection(id);
        }
    }

    private void selectInToc(String id) {
        viewModel.document().sections().stream().filter(s -> s.id().equals(id)).findFirst().ifPresent(s -> {
            toc.getSelectionModel().select(s);
            toc.scrollTo(s);
        });
    }

    /** Selects the section being read: the last one starting above a quarter of the way down the view. */
    private void track() {
        if (scrollingToSection) {
            return;
        }
        double line = Scrolling.top(scroll) + Scrolling.viewportHeight(scroll) / 4;
        String reading = null;
        for (Map.Entry<String, Node> section : page.sections().entrySet()) {
            if (Scrolling.contentY(scroll, section.getValue()) <= line) {
                reading = section.getKey();
            }
        }
        if (reading != null && !reading.equals(viewModel.selectedSectionProperty().get())) {
            tracking = true;
            try {
                viewModel.selectedSectionProperty().set(reading);
            } finally {
                tracking = false;
            }
        }
    }
}
