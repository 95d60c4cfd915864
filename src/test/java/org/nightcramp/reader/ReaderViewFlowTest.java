package org.nightcramp.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nightcramp.app.ControllerFactory;
import org.nightcramp.app.ViewLoader;
import org.nightcramp.l10n.Texts;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the reader like a person: contents, scrolling, and find in guide. One subclass per locale. */
@ExtendWith(ApplicationExtension.class)
abstract class ReaderViewFlowTest {

    protected ReaderDocument document;
    protected ReaderViewModel viewModel;
    protected ReaderView view;

    /** The content and UI locale, such as {@code en}. */
    abstract String locale();

    /** A word that occurs several times in the guide. */
    abstract String word();

    /** The find status this locale should show, written out independently of the code under test. */
    abstract String status(int current, int count);

    /** Called from each subclass's {@code @Start}: TestFX only looks for it on the test class itself. */
    protected void mount(Stage stage) {
        Texts labels = TestContent.texts(locale());
        document = ReaderDocumentBuilder.build(TestContent.guide(locale()), labels);
        viewModel = new ReaderViewModel(document, labels);
        ControllerFactory controllers = new ControllerFactory()
                .register(ReaderView.class, () -> new ReaderView(viewModel, ReaderViewFlowTest::illustration));
        ViewLoader.View<ReaderView> loaded = new ViewLoader(labels, controllers).load(ReaderView.class);
        view = loaded.controller();
        Scene scene = new Scene(loaded.root(), 1000, 700);
        scene.getStylesheets().add(ReaderViewFlowTest.class.getResource("test-theme.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private static Node illustration(String fileName) {
        Region drawing = new Region();
        drawing.setId("illustration-" + fileName.replace(".svg", ""));
        drawing.setStyle("-fx-background-color: -nc-border;");
        return drawing;
    }

    @Test
    void rendersEverySectionAndItsIllustrations(FxRobot robot) {
        for (Section section : document.sections()) {
            assertNotNull(robot.lookup("#" + ReaderPage.nodeId("section-", section.id())).tryQuery().orElse(null),
                    section.id());
        }
        assertTrue(robot.lookup("#illustration-cold-night").tryQuery().isPresent());
        assertFalse(robot.lookup("#findBar").query().isVisible(), "find stays hidden until opened");
    }

    @Test
    void choosingAnEntryScrollsItsSectionIntoView(FxRobot robot) throws TimeoutException {
        robot.clickOn("#toc-help");
        waitUntil(() -> "help".equals(viewModel.selectedSectionProperty().get()));
        assertSectionAtTop(robot, "help");

        robot.clickOn("#toc-cause-posture");
        waitUntil(() -> "cause:posture".equals(viewModel.selectedSectionProperty().get()));
        assertSectionAtTop(robot, "cause:posture");
        assertEquals("cause:posture", selectedEntry(robot));
    }

    @Test
    void scrollingSelectsTheSectionBeingRead(FxRobot robot) throws TimeoutException {
        ScrollPane scroll = robot.lookup("#readerScroll").queryAs(ScrollPane.class);
        Node factors = robot.lookup("#section-other-factors").query();

        robot.interact(() -> Scrolling.scrollTo(scroll, Scrolling.contentY(scroll, factors) + 10));

        waitUntil(() -> "other-factors".equals(selectedEntry(robot)));
        assertEquals("other-factors", viewModel.selectedSectionProperty().get());
    }

    @Test
    void showSectionFromTheApp(FxRobot robot) throws TimeoutException {
        robot.interact(() -> view.showSection("prevention"));

        waitUntil(() -> "prevention".equals(selectedEntry(robot)));
        assertSectionAtTop(robot, "prevention");
    }

    @Test
    void findHighlightsStepsThroughAndCloses(FxRobot robot) throws TimeoutException {
        FindModel expected = new FindModel(document.texts());
        expected.search(word());
        int count = expected.count();
        assertTrue(count > 2, "the word should occur several times, found " + count);

        robot.push(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN));
        waitUntil(() -> robot.lookup("#findBar").query().isVisible());
        TextField field = robot.lookup("#findField").queryAs(TextField.class);
        waitUntil(field::isFocused);

        robot.write(word());
        Label status = robot.lookup("#findStatus").queryAs(Label.class);
        waitUntil(() -> status(1, count).equals(status.getText()));
        assertEquals(count, robot.lookup(".find-highlight").queryAll().size(), "every match is highlighted");
        assertEquals(1, robot.lookup(".find-highlight.current").queryAll().size());

        robot.type(KeyCode.ENTER);
        waitUntil(() -> viewModel.currentMatchIndexProperty().get() == 1);
        assertEquals(status(2, count), status.getText());
        assertCurrentMatchVisible(robot);

        robot.push(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHIFT_DOWN));
        robot.push(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHIFT_DOWN));
        waitUntil(() -> viewModel.currentMatchIndexProperty().get() == count - 1);
        assertEquals(status(count, count), status.getText(), "previous from the first wraps to the last");
        assertCurrentMatchVisible(robot);

        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !robot.lookup("#findBar").query().isVisible());
        assertEquals(0, robot.lookup(".find-highlight").queryAll().size(), "closing clears the highlights");
        assertEquals("", field.getText());
    }

    private static String selectedEntry(FxRobot robot) {
        ListView<?> toc = robot.lookup("#readerToc").queryAs(ListView.class);
        Object selected = toc.getSelectionModel().getSelectedItem();
        return selected instanceof Section section ? section.id() : null;
    }

    private static void assertSectionAtTop(FxRobot robot, String sectionId) {
        Bounds viewport = sceneBounds(robot.lookup("#readerScroll .viewport").query());
        Bounds section = sceneBounds(robot.lookup("#" + ReaderPage.nodeId("section-", sectionId)).query());
        assertEquals(viewport.getMinY(), section.getMinY(), 2.0, sectionId + " should start at the top of the view");
    }

    private static void assertCurrentMatchVisible(FxRobot robot) {
        Bounds viewport = sceneBounds(robot.lookup("#readerScroll .viewport").query());
        Bounds match = sceneBounds(robot.lookup(".find-highlight.current").query());
        assertTrue(match.getMinY() >= viewport.getMinY() && match.getMaxY() <= viewport.getMaxY(),
                "current match " + match + " should be inside the view " + viewport);
    }

    private static Bounds sceneBounds(Node node) {
        return node.localToScene(node.getBoundsInLocal());
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition);
    }
}
