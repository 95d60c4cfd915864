package org.nightcramp.sheet;

import org.nightcramp.content.Routine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import javafx.geometry.Bounds;
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
import org.nightcramp.content.illustration.IllustrationCache;
import org.nightcramp.navigation.FakeNavigator;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The sheet page mounted on its own: the preview follows the form, and Print hands pages to the printer. */
@ExtendWith(ApplicationExtension.class)
class SheetViewTest {

    private final FakePrinter printer = new FakePrinter();
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
        kit = new SheetKit(SheetFixture.SERVICE, new FxFonts(), printer, drawings::illustration,
                SheetFixture::coldAndPosture, Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneOffset.UTC),
                Runnable::run, new SheetDraft());
        model = kit.viewModel(SheetFixture.guide("en"), SheetFixture.words("en"), "GB");
        ControllerFactory controllers = new ControllerFactory()
                .register(SheetView.class, () -> kit.view(model, navigator));
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

    @Test
    void printingGivesThePrinterEveryPageInsideItsPrintableArea(FxRobot robot) throws TimeoutException {
        robot.clickOn("#sheetPrint");
        waitUntil(() -> !notices.isEmpty());

        assertSame(stage, printer.owner, "the dialog is owned by the main window");
        assertEquals(Paper.A4, printer.asked);
        assertEquals("Night Cramp Guide: my advice sheet", printer.jobName);
        assertTrue(printer.ended);
        PagePlan expected = model.planFor(printer.page.atLeastSheetMargins());
        int count = expected.pages().size();
        assertEquals(count, printer.pages.size());
        assertEquals(List.of(SheetFixture.words("en").text("sheet.print.done", count, "Fake printer")), notices);
        double printableWidth = 612 - 72;
        double printableHeight = 792 - 72;
        for (int i = 0; i < count; i++) {
            Node page = printer.pages.get(i);
            String text = texts(page);
            assertTrue(text.contains("Page " + (i + 1) + " of " + count), text);
            Bounds b = page.getBoundsInParent();
            assertTrue(b.getMinX() >= -0.5 && b.getMinY() >= -0.5 && b.getMaxX() <= printableWidth + 0.5
                    && b.getMaxY() <= printableHeight + 0.5, "page " + (i + 1) + " fits the printable area: " + b);
            assertEquals(expected.pages().get(i).text().replace("\n", ""), text.replace("\n", ""),
                    "the printer gets the plan's words");
        }
        assertTrue(texts(printer.pages.get(0)).contains(SheetFixture.guide("en").causes().get(0).title()));
        String all = printer.pages.stream().map(SheetViewTest::texts).collect(Collectors.joining());
        assertTrue(all.contains(SheetFixture.guide("en").routine(Routine.CRAMP_NOW).orElseThrow().steps().get(3).title()));
    }

    @Test
    void withoutAPrinterItSaysSoAndOffersAPdf(FxRobot robot) throws TimeoutException {
        printer.present = false;

        robot.clickOn("#sheetPrint");
        waitUntil(() -> robot.lookup("#sheetOfferSave").tryQuery().isPresent());
        String message = robot.lookup("#sheetPrintProblem").queryAs(javafx.scene.control.DialogPane.class).getContentText();
        robot.clickOn("#sheetOfferClose");

        assertEquals(SheetFixture.words("en").text("sheet.print.noPrinter"), message);
        assertTrue(printer.pages.isEmpty());
    }

    @Test
    void aCancelledDialogPrintsNothingAndOffersAPdf(FxRobot robot) throws TimeoutException {
        printer.accept = false;

        robot.clickOn("#sheetPrint");
        waitUntil(() -> robot.lookup("#sheetOfferSave").tryQuery().isPresent());
        robot.clickOn("#sheetOfferClose");

        assertTrue(printer.pages.isEmpty());
        assertTrue(notices.isEmpty());
    }
}
