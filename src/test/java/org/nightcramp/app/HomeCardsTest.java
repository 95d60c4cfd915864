package org.nightcramp.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Issue 9.1: the home page's five cause cards stretched to thousands of pixels, the fifth sat
 * alone below, and reaching the buttons under them took about 100 wheel clicks.
 */
@ExtendWith(ApplicationExtension.class)
class HomeCardsTest {

    @TempDir
    Path dataDir;

    @Test
    void causeCardsAreAsTallAsTheirWordsAndNoCardIsLeftAlone() throws Exception {
        for (String locale : List.of("en", "zh-CN")) {
            try (TestWindow app = TestWindow.start(dataDir, locale, false, 1.0, 1100, 760)) {
                List<Node> cards = TestWindow.call(() -> app.all(n -> n.getId() != null
                        && n.getId().startsWith("causeCard-")));
                assertTrue(cards.size() == 5, "five cause cards, found " + cards.size());
                Map<Double, Integer> rows = new TreeMap<>();
                for (Node card : cards) {
                    double height = card.getLayoutBounds().getHeight();
                    assertTrue(height < 500, locale + ": " + card.getId() + " is " + height + " px tall");
                    rows.merge(Math.floor(card.localToScene(0, 0).getY()), 1, Integer::sum);
                }
                assertTrue(!rows.containsValue(1) || rows.size() == cards.size(),
                        locale + ": a card alone on its row: " + rows);
                ScrollPane page = app.node("homePage");
                double content = page.getContent().getLayoutBounds().getHeight();
                double viewport = page.getViewportBounds().getHeight();
                // Title, the cramp card, the causes and the ways in: about two windows, not ten.
                assertTrue(content < 3 * viewport, locale + ": the home page is " + content + " px for a "
                        + viewport + " px view");
            }
        }
    }
}
