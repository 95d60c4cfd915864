package org.nightcramp.sheet.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javax.print.PrintService;
import javax.print.attribute.Attribute;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttribute;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.Copies;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.Media;
import javax.print.attribute.standard.MediaSizeName;
import org.nightcramp.sheet.Paper;

/**
 * The print panel (PrintPanel.fxml), shown over the sheet page in the app's language and theme:
 * printer with its state, copies, paper, Print, the system dialog for the rest, Cancel.
 */
public final class PrintPanel {

    private static final System.Logger LOG = System.getLogger(PrintPanel.class.getName());

    private final SystemPrintDialog systemDialog;
    private final Executor background;
    private PrintPanelModel model;
    private Consumer<String> notice = text -> { };
    private Runnable savePdf = () -> { };

    @FXML private StackPane printPanel;
    @FXML private ComboBox<PrinterEntry> printPanelPrinter;
    @FXML private Spinner<Integer> printPanelCopies;
    @FXML private ComboBox<Paper> printPanelPaper;
    @FXML private Label printPanelMessage;
    @FXML private ProgressIndicator printPanelProgress;
    @FXML private Button printPanelSavePdf;
    @FXML private Button printPanelSystem;
    @FXML private Button printPanelCancel;
    @FXML private Button printPanelPrint;

    /** @param background runs the system dialog, which blocks until the person closes it */
    public PrintPanel(SystemPrintDialog systemDialog, Executor background) {
        this.systemDialog = systemDialog;
        this.background = background;
    }

    @FXML
    private void initialize() {
        printPanel.setVisible(false);
        printPanel.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                cancel();
                event.consume();
            }
        });
        printPanelCopies.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, PrintOrder.MAX_COPIES, 1));
        printPanelPaper.setItems(FXCollections.observableArrayList(Paper.values()));
    }

    /**
     * Binds the panel to the sheet it prints.
     *
     * @param notice  tells the person, without stopping them, that the job went
     * @param savePdf saves the sheet as a PDF instead
     */
    public void attach(PrintPanelModel panelModel, Consumer<String> notice, Runnable savePdf) {
        this.model = panelModel;
        this.notice = notice;
        this.savePdf = savePdf;
        printPanel.visibleProperty().bind(model.openProperty());
        printPanelPrinter.setItems(model.printers());
        printPanelPrinter.valueProperty().bindBidirectional(model.printerProperty());
        printPanelPrinter.setCellFactory(list -> new PrinterCell());
        printPanelPrinter.setButtonCell(new PrinterCell());
        printPanelCopies.getValueFactory().valueProperty().bindBidirectional(model.copiesProperty());
        printPanelPaper.valueProperty().bindBidirectional(model.paperProperty());
        printPanelMessage.textProperty().bind(model.messageProperty());
        printPanelMessage.visibleProperty().bind(model.messageProperty().isNotEmpty());
        printPanelMessage.managedProperty().bind(printPanelMessage.visibleProperty());
        printPanelProgress.visibleProperty().bind(model.workingProperty());
        printPanelProgress.managedProperty().bind(printPanelProgress.visibleProperty());
        printPanelSavePdf.visibleProperty().bind(model.offerPdfProperty());
        printPanelSavePdf.managedProperty().bind(printPanelSavePdf.visibleProperty());
        var unusable = model.workingProperty().or(model.blockedProperty()).or(model.printerProperty().isNull());
        printPanelPrint.disableProperty().bind(unusable);
        printPanelSystem.disableProperty().bind(unusable);
        // Without a desktop (a server, the tests) there is no system dialog to offer.
        printPanelSystem.setVisible(systemDialog.available());
        printPanelSystem.managedProperty().bind(printPanelSystem.visibleProperty());
        printPanelPrinter.disableProperty().bind(model.workingProperty());
        // Enter and Esc belong to the panel only while it shows.
        printPanelPrint.defaultButtonProperty().bind(model.openProperty());
        printPanelCancel.cancelButtonProperty().bind(model.openProperty());
    }

    /** Whether the panel shows; the sheet page behind it is disabled meanwhile. */
    public ObservableBooleanValue openProperty() {
        return model.openProperty();
    }

    /** Shows the panel and looks for printers. */
    public CompletableFuture<Void> open() {
        printPanelCancel.requestFocus();
        return model.open().thenRun(() -> (printPanelPrint.isDisabled() ? printPanelCancel : printPanelPrint)
                .requestFocus());
    }

    @FXML
    private void print() {
        commitCopies();
        send(List.of());
    }

    private void send(List<PrintRequestAttribute> extras) {
        model.print(extras).thenAccept(report -> {
            if (report.sent()) {
                notice.accept(PrintMessages.report(model.words(), report));
            }
        });
    }

    @FXML
    private void cancel() {
        model.close();
    }

    @FXML
    private void saveInstead() {
        model.close();
        savePdf.run();
    }

    /** The system dialog, over the app's window; its choices then print at once, as its Print button says. */
    @FXML
    private void systemDialog() {
        commitCopies();
        PrinterEntry entry = model.printerProperty().get();
        List<PrintService> services = model.printing().system().services();
        Optional<PrintService> selected = services.stream().filter(s -> s.getName().equals(entry.name())).findFirst();
        PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet(
                PdfPrinting.attributes(new PrintOrder(entry.name(), model.copiesProperty().get(),
                        model.paperProperty().get(), "")));
        attributes.remove(JobName.class);
        Point2D corner = printPanel.localToScreen(printPanel.getWidth() / 4, printPanel.getHeight() / 6);
        int x = corner == null ? 0 : (int) corner.getX();
        int y = corner == null ? 0 : (int) corner.getY();
        printPanel.setDisable(true);
        CompletableFuture.supplyAsync(() -> systemDialog.show(services, selected.orElse(services.get(0)), attributes,
                x, y), background).whenComplete((choice, error) -> Platform.runLater(() -> {
                    printPanel.setDisable(false);
                    if (error != null) {
                        LOG.log(System.Logger.Level.ERROR, "The system print dialog failed", error);
                    } else {
                        choice.ifPresent(this::printChoice);
                    }
                }));
    }

    private void printChoice(SystemPrintDialog.Choice choice) {
        model.printers().stream().filter(p -> p.name().equals(choice.service().getName())).findFirst()
                .ifPresent(model.printerProperty()::set);
        List<PrintRequestAttribute> extras = new ArrayList<>();
        for (Attribute attribute : choice.attributes().toArray()) {
            if (attribute instanceof Copies copies) {
                model.copiesProperty().set(Math.min(copies.getValue(), PrintOrder.MAX_COPIES));
            } else if (attribute == MediaSizeName.ISO_A4 || attribute == MediaSizeName.NA_LETTER) {
                model.paperProperty().set(attribute == MediaSizeName.NA_LETTER ? Paper.LETTER : Paper.A4);
            } else if (attribute instanceof PrintRequestAttribute extra && !(attribute instanceof JobName)) {
                // Other paper (Legal, A5...) goes as chosen; the queue fits the sheet's pages to it.
                if (attribute instanceof Media) {
                    LOG.log(System.Logger.Level.INFO, "Printing the sheet on " + attribute);
                }
                extras.add(extra);
            }
        }
        send(extras);
    }

    /** A typed number counts even if the person never left the field (JDK-8150946). */
    private void commitCopies() {
        String typed = printPanelCopies.getEditor().getText();
        try {
            int value = Integer.parseInt(typed.strip());
            printPanelCopies.getValueFactory().setValue(Math.max(1, Math.min(PrintOrder.MAX_COPIES, value)));
        } catch (NumberFormatException e) {
            printPanelCopies.getEditor().setText(String.valueOf(printPanelCopies.getValue()));
        }
    }

    private final class PrinterCell extends ListCell<PrinterEntry> {
        @Override
        protected void updateItem(PrinterEntry item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : PrintMessages.printer(model.words(), item));
        }
    }
}
