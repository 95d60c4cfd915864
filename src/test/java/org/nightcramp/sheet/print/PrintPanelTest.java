package org.nightcramp.sheet.print;

import org.nightcramp.navigation.FakeNavigator;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.print.PrintService;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.Copies;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.Media;
import javax.print.attribute.standard.MediaSizeName;
import javax.print.attribute.standard.Sides;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nightcramp.app.ControllerFactory;
import org.nightcramp.app.ViewLoader;
import org.nightcramp.content.illustration.IllustrationCache;
import org.nightcramp.content.ClasspathContentSource;
import org.nightcramp.sheet.FxFonts;
import org.nightcramp.sheet.Paper;
import org.nightcramp.sheet.SheetDraft;
import org.nightcramp.sheet.SheetKit;
import org.nightcramp.sheet.SheetView;
import org.nightcramp.sheet.SheetViewModel;
import org.nightcramp.l10n.Texts;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The print panel over the sheet page, printing to fake print services, in English and Chinese. */
@ExtendWith(ApplicationExtension.class)
class PrintPanelTest {

    private final FakePrintSystem system = new FakePrintSystem();
    private final FakeNavigator navigator = new FakeNavigator(() -> this.stage);
    private final List<String> notices = navigator.notices();
    private final FakeDialog dialog = new FakeDialog();
    private FakePrintService office;
    private FakePrintService upstairs;
    private FakePrintService hall;
    private SheetViewModel model;
    private Texts words;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        office = system.add("Office", PrinterStatus.IDLE);
        upstairs = system.add("Upstairs", PrinterStatus.STOPPED);
        hall = system.add("Hall", PrinterStatus.BUSY);
    }

    /** The sheet page in {@code tag}'s language, on the fakes. */
    private void mount(FxRobot robot, String tag) {
        words = PrintFixture.words(tag);
        ClasspathContentSource source = new ClasspathContentSource();
        SheetKit kit = new SheetKit(PrintFixture.SERVICE, new FxFonts(), system.printing(), dialog,
                new IllustrationCache(source)::illustration, PrintFixture::answers,
                Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneOffset.UTC), Runnable::run, Runnable::run,
                new SheetDraft());
        model = kit.viewModel(PrintFixture.guide(tag), words, "GB");
        ControllerFactory controllers = new ControllerFactory()
                .register(SheetView.class, () -> kit.view(model, navigator))
                .register(PrintPanel.class, kit::printPanel);
        robot.interact(() -> {
            var view = new ViewLoader(words, controllers).load(SheetView.class);
            Scene scene = new Scene(view.root(), 1100, 760);
            scene.getStylesheets().add(ViewLoader.class.getResource("app.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
        });
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }

    private static boolean showing(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false);
    }

    private String message(FxRobot robot) {
        return robot.lookup("#printPanelMessage").queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<PrinterEntry> printerBox(FxRobot robot) {
        return robot.lookup("#printPanelPrinter").queryAs(ComboBox.class);
    }

    private static int pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    @Test
    void printOpensThePanelOverThePageWithThePrintersDefaultFirst(FxRobot robot) {
        mount(robot, "en");
        assertFalse(showing(robot, "#printPanel"));

        robot.clickOn("#sheetPrint");

        assertTrue(showing(robot, "#printPanel"));
        assertTrue(robot.lookup("#sheetView").query().isDisabled(), "the page waits behind the panel");
        assertEquals(List.of("Office", "Upstairs", "Hall"), printerBox(robot).getItems().stream().map(PrinterEntry::name).toList());
        assertEquals("Office", printerBox(robot).getValue().name());
        String shown = ((ListCell<?>) printerBox(robot).getButtonCell()).getText();
        assertEquals(words.text("sheet.print.entry", words.text("sheet.print.default", "Office"),
                words.text("sheet.print.state.idle")), shown);
        assertEquals(Paper.A4, robot.lookup("#printPanelPaper").queryComboBox().getValue());
        assertEquals(stage, robot.lookup("#printPanel").query().getScene().getWindow(), "in the app's own window");
    }

    @Test
    void printSendsTheSheetsPdfWithThePaperCopiesAndNameAndSaysSo(FxRobot robot) throws Exception {
        mount(robot, "en");
        robot.clickOn("#sheetPrint");
        robot.interact(() -> robot.lookup("#printPanelPaper").queryComboBox().getSelectionModel().select(Paper.LETTER));
        Spinner<?> copies = robot.lookup("#printPanelCopies").queryAs(Spinner.class);
        robot.doubleClickOn(copies.getEditor()).write("2");

        robot.clickOn("#printPanelPrint");
        waitUntil(() -> !notices.isEmpty());

        assertEquals(Paper.LETTER, model.paperProperty().get(), "the preview follows the panel's paper");
        var job = office.received.get(0);
        byte[] shown = PrintFixture.SERVICE.pdf(model.planProperty().get());
        int count = model.planProperty().get().pages().size();
        assertEquals(count, pages(job.data()));
        assertEquals(pages(shown), pages(job.data()));
        assertEquals(MediaSizeName.NA_LETTER, job.attributes().get(Media.class));
        assertEquals(new Copies(2), job.attributes().get(Copies.class));
        assertEquals("Night Cramp Guide: my advice sheet", model.planProperty().get().title());
        assertEquals(model.planProperty().get().title(), ((JobName) job.attributes().get(JobName.class)).getValue());
        assertEquals(List.of(words.text("sheet.print.doneCopies", count, "Office", 2)), notices);
        assertFalse(showing(robot, "#printPanel"), "the panel closes once the job is taken");
        assertFalse(robot.lookup("#sheetView").query().isDisabled());
    }

    @Test
    void cancelAndEscapeJustClose(FxRobot robot) {
        mount(robot, "en");
        robot.clickOn("#sheetPrint");
        robot.clickOn("#printPanelCancel");

        assertFalse(showing(robot, "#printPanel"));
        assertEquals(1, robot.listWindows().size(), "no dialog afterwards");

        robot.clickOn("#sheetPrint");
        robot.type(KeyCode.ESCAPE);

        assertFalse(showing(robot, "#printPanel"));
        assertEquals(1, robot.listWindows().size());
        assertTrue(notices.isEmpty());
        assertTrue(office.received.isEmpty());
    }

    @Test
    void aStoppedPrinterSaysSoAndOffersAPdf(FxRobot robot) {
        mount(robot, "en");
        robot.clickOn("#sheetPrint");

        robot.interact(() -> printerBox(robot).getSelectionModel().select(1));

        assertEquals(words.text("sheet.print.stopped", "Upstairs"), message(robot));
        assertTrue(showing(robot, "#printPanelSavePdf"));
        robot.clickOn("#printPanelPrint");
        assertEquals(words.text("sheet.print.stopped", "Upstairs"), message(robot));
        assertTrue(upstairs.received.isEmpty());
        assertTrue(showing(robot, "#printPanel"));
        assertTrue(notices.isEmpty());
    }

    @Test
    void aJobThePrinterRefusesIsNotCalledSent(FxRobot robot) {
        office.behaviour = FakePrintService.Behaviour.FAIL_EVENT;
        mount(robot, "en");
        robot.clickOn("#sheetPrint");
        robot.clickOn("#printPanelPrint");

        assertEquals(words.text("sheet.print.failed", "Office"), message(robot));
        assertTrue(showing(robot, "#printPanelSavePdf"));
        assertTrue(showing(robot, "#printPanel"));
        assertTrue(notices.isEmpty());
    }

    @Test
    void withoutLprOrPrintersThePanelExplainsAndCannotPrint(FxRobot robot) {
        system.missingCommand = Optional.of("lpr");
        mount(robot, "en");
        robot.clickOn("#sheetPrint");

        assertEquals(words.text("sheet.print.noCommand", "lpr"), message(robot));
        assertTrue(robot.lookup("#printPanelPrint").query().isDisabled());
        assertTrue(showing(robot, "#printPanelSavePdf"));

        robot.clickOn("#printPanelCancel");
        system.missingCommand = Optional.empty();
        system.services.clear();
        robot.clickOn("#sheetPrint");

        assertEquals(words.text("sheet.print.noPrinter"), message(robot));
        assertTrue(robot.lookup("#printPanelPrint").query().isDisabled());
    }

    @Test
    void theSystemDialogsChoicesPrintAtOnce(FxRobot robot) throws TimeoutException {
        mount(robot, "en");
        robot.clickOn("#sheetPrint");
        dialog.answer = attributes -> {
            attributes.add(Sides.DUPLEX);
            attributes.add(new Copies(3));
            attributes.add(MediaSizeName.NA_LETTER);
            return Optional.of(new SystemPrintDialog.Choice(hall, attributes));
        };

        robot.clickOn("#printPanelSystem");
        waitUntil(() -> !notices.isEmpty());

        assertEquals("Office", dialog.selected.getName(), "it opens on the panel's printer");
        assertEquals(new Copies(1), dialog.given.get(0).get(Copies.class));
        assertEquals(MediaSizeName.ISO_A4, dialog.given.get(0).get(Media.class));
        var job = hall.received.get(0);
        assertEquals(Sides.DUPLEX, job.attributes().get(Sides.class));
        assertEquals(new Copies(3), job.attributes().get(Copies.class));
        assertEquals(MediaSizeName.NA_LETTER, job.attributes().get(Media.class));
        assertEquals(Paper.LETTER, model.paperProperty().get());
        assertEquals("Hall", printerBox(robot).getValue().name());
    }

    @Test
    void thePanelSpeaksChinese(FxRobot robot) throws TimeoutException {
        mount(robot, "zh-CN");
        robot.clickOn("#sheetPrint");

        assertEquals(words.text("sheet.print.title"), robot.lookup("#printPanelTitle").queryAs(Label.class).getText());
        assertTrue(((ListCell<?>) printerBox(robot).getButtonCell()).getText().contains(words.text("sheet.print.state.idle")));
        robot.clickOn("#printPanelPrint");
        waitUntil(() -> !notices.isEmpty());
        assertEquals(List.of(words.text("sheet.print.done", model.planProperty().get().pages().size(), "Office")), notices);
        assertTrue(notices.get(0).contains("Office") && !notices.get(0).contains("Sent"), notices.get(0));
    }

    /** A system dialog that records what it was opened with and answers as told. */
    private static final class FakeDialog implements SystemPrintDialog {
        final List<PrintRequestAttributeSet> given = new ArrayList<>();
        PrintService selected;
        java.util.function.Function<PrintRequestAttributeSet, Optional<Choice>> answer = a -> Optional.empty();

        @Override
        public boolean available() {
            return true;
        }

        @Override
        public Optional<Choice> show(List<PrintService> services, PrintService chosen, PrintRequestAttributeSet attributes,
                                     int x, int y) {
            selected = chosen;
            given.add(new javax.print.attribute.HashPrintRequestAttributeSet(attributes));
            return answer.apply(attributes);
        }
    }
}
