package org.nightcramp.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nightcramp.app.ControllerFactory;
import org.nightcramp.app.ViewLoader;
import org.nightcramp.l10n.Texts;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The app may ask for a section before the reader has ever been laid out. */
@ExtendWith(ApplicationExtension.class)
class ReaderViewOpenAtSectionTest {

    @Start
    void start(Stage stage) {
        Texts labels = TestContent.texts("en");
        ReaderViewModel model = new ReaderViewModel(ReaderDocumentBuilder.build(TestContent.guide("en"), labels), labels);
        ControllerFactory controllers = new ControllerFactory()
                .register(ReaderView.class, () -> new ReaderView(model, file -> new Region()));
        ViewLoader.View<ReaderView> loaded = new ViewLoader(TestContent.texts("en"), controllers).load(ReaderView.class);
        loaded.controller().showSection("help");
        Scene scene = new Scene(loaded.root(), 900, 600);
        scene.getStylesheets().add(ReaderViewOpenAtSectionTest.class.getResource("test-theme.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void scrollsOnceLaidOut(FxRobot robot) throws TimeoutException {
        ScrollPane scroll = robot.lookup("#readerScroll").queryAs(ScrollPane.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> scroll.getVvalue() > 0);
        WaitForAsyncUtils.waitForFxEvents();

        Bounds viewport = bounds(robot.lookup("#readerScroll .viewport").query());
        Bounds help = bounds(robot.lookup("#section-help").query());
        assertEquals(viewport.getMinY(), help.getMinY(), 2.0);
    }

    private static Bounds bounds(Node node) {
        return node.localToScene(node.getBoundsInLocal());
    }
}
