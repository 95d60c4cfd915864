package org.nightcramp.sheet;

import org.nightcramp.content.illustration.IllustrationCache;
import org.nightcramp.navigation.FakeNavigator;
import org.nightcramp.content.Routine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nightcramp.app.ControllerFactory;
import org.nightcramp.app.ViewLoader;
import org.nightcramp.content.ClasspathContentSource;
import org.nightcramp.sheet.print.PrintPanel;
import org.nightcramp.sheet.print.PrintFakes;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The sheet page mounted on its own: the preview follows the form and keeps what was typed. */
@ExtendWith(ApplicationExtension.class)
class SheetViewTest {

    private final FakeNavigator navigator = new FakeNavigator(() -> this.stage);
    private final List<String> notices = navigator.notices();
    private SheetViewModel model;
    private SheetKit kit;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        var source = new ClasspathContentSource();
        var drawings = new IllustrationCache(source);
        kit = new SheetKit(SheetFixture.SERVICE, new FxFonts(), PrintFakes.noPrinters(), PrintFakes.NO_DIALOG,
                drawings::illustration, SheetFixture::coldAndPosture,
                Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneOffset.UTC), Runnable::run, Runnable::run,
                new SheetDraft());
        model = kit.viewModel(SheetFixture.guide("en"), SheetFixture.words("en"), "GB");
        ControllerFactory controllers = new ControllerFactory()
                .register(SheetView.class, () -> kit.view(model, navigator))
                .register(PrintPanel.class, kit::printPanel);
        ViewLoader.View<SheetView> view = new ViewLoader(SheetFixture.words("en"), controllers).load(SheetView.class);
        Scene scene = new Scene(view.root(), 1200, 800);
        // The app's theme defines the -nc-* colours the page's stylesheet uses.
        scene.getStylesheets().add(ViewLoader.class.getResource("app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private static String texts(Node node) {
        return texts(node, new StringBuilder()).toString();
    }

    private static StringBuilder texts(Node node, StringBuilder sb) {
        if (node instanceof Text t) {
            sb.append(t.getText()).append('\n');
        } else if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> texts(c, sb));
        }
        return sb;
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }

    @Test
    void previewShowsEveryPageOfThePlan(FxRobot robot) {
        int pages = model.planProperty().get().pages().size();
        for (int n = 1; n <= pages; n++) {
            assertTrue(robot.lookup("#sheetPageFrame-" + n).tryQuery().isPresent(), "page " + n);
        }
        assertTrue(texts(robot.lookup("#sheetPageFrame-1").query()).contains(SheetFixture.guide("en").causes().get(0).title()));
        assertEquals(Paper.A4, robot.lookup("#sheetPaper").queryComboBox().getValue(), "A4 for GB");
    }

    @Test
    void typingANameAndChoosingLetterUpdateThePreview(FxRobot robot) throws TimeoutException {
        robot.clickOn("#sheetName").write("Sam Lee");
        waitUntil(() -> texts(robot.lookup("#sheetPageFrame-1").query()).contains("For Sam Lee"));

        robot.interact(() -> robot.lookup("#sheetPaper").queryComboBox().getSelectionModel().select(Paper.LETTER));

        waitUntil(() -> model.planProperty().get().geometry().width() == 612);
        assertTrue(robot.lookup("#sheetPages").queryLabeled().getText().contains("Letter"));
    }

    @Test
    void whatWasTypedSurvivesANewPageAsAfterALanguageSwitch(FxRobot robot) {
        robot.clickOn("#sheetName").write("Sam");
        robot.interact(() -> model.paperProperty().set(Paper.LETTER));

        SheetViewModel chinese = kit.viewModel(SheetFixture.guide("zh-CN"), SheetFixture.words("zh-CN"), "GB");

        assertEquals("Sam", chinese.nameProperty().get());
        assertEquals(Paper.LETTER, chinese.paperProperty().get());
        assertTrue(chinese.planProperty().get().pages().get(0).text().contains("Sam 的方案"));
    }
}
