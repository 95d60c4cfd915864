package org.nightcramp.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nightcramp.content.ClasspathContentSource;
import org.nightcramp.content.ContentLibrary;
import org.nightcramp.content.Guide;
import org.nightcramp.storage.StrictJson;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The home page shows safety in the guide's one wording, in both languages: the massage step
 * carries its clot caveat (issue 9.5), and the causes' points, the blood-flow clot signs among
 * them, show with the cause cards.
 */
@ExtendWith(ApplicationExtension.class)
class HomeSafetyTest {

    @TempDir
    Path dataDir;

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void theMassageStepAndTheBloodFlowCauseCarryTheClotCaveat(String locale) throws Exception {
        Guide guide = new ContentLibrary(new ClasspathContentSource(), StrictJson.create()).load(locale).guide();
        String clot = guide.safetyPoints().get("clot-signs");
        String sameDay = guide.safetyPoints().get("same-day");
        try (TestWindow app = TestWindow.start(dataDir, locale, false, 1.0, 1100, 760)) {
            String massage = TestWindow.call(() -> words(app.node("crampStep-massage")));
            assertTrue(massage.contains(clot) && massage.contains(sameDay), locale + ": " + massage);

            String bloodFlow = TestWindow.call(() -> ((Label) app.node("causeSafety-blood-flow")).getText());
            assertTrue(bloodFlow.startsWith(guide.cause("blood-flow").orElseThrow().title()), bloodFlow);
            assertTrue(bloodFlow.contains(clot) && bloodFlow.contains(sameDay), locale + ": " + bloodFlow);
            String card = TestWindow.call(() -> ((Button) app.node("causeCard-blood-flow")).getAccessibleText());
            assertTrue(card.contains(clot), locale + ": " + card);

            long lines = TestWindow.call(() -> app.all(n -> n.getId() != null && n.getId().startsWith("causeSafety-"))
                    .stream().filter(Node::isVisible).count());
            assertEquals(guide.causes().stream().filter(c -> !c.safety().isEmpty()).count(), lines);
        }
    }

    /** Every label's text under a node, in reading order. */
    private static String words(Node node) {
        java.util.List<Node> labels = new java.util.ArrayList<>();
        collect(node, labels);
        return labels.stream().map(n -> ((Label) n).getText()).collect(Collectors.joining("\n"));
    }

    private static void collect(Node node, java.util.List<Node> found) {
        if (node instanceof Label) {
            found.add(node);
        }
        if (node instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, found));
        }
    }
}
