package org.nightcramp.sheet.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javax.print.attribute.PrintRequestAttribute;
import org.nightcramp.sheet.PagePlan;
import org.nightcramp.sheet.Paper;
import org.nightcramp.sheet.SheetService;
import org.nightcramp.l10n.Texts;

/**
 * State and commands of the print panel: the printers and what they are doing, the copies, the
 * sheet's paper, and a message when something stands in the way. The slow parts (asking the
 * print system, writing and sending the PDF) run on {@code background}; results come back on
 * {@code fx}, the JavaFX thread in the app.
 */
public final class PrintPanelModel {

    private static final System.Logger LOG = System.getLogger(PrintPanelModel.class.getName());

    private final PdfPrinting printing;
    private final SheetService sheets;
    private final Texts words;
    private final Supplier<PagePlan> shown;
    private final Executor background;
    private final Executor fx;

    // Properties
    private final ObservableList<PrinterEntry> printers = FXCollections.observableArrayList();
    private final ObjectProperty<PrinterEntry> printer = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> copies = new SimpleObjectProperty<>(1);
    private final ObjectProperty<Paper> paper;
    private final BooleanProperty open = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper blocked = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper offerPdf = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    /**
     * @param paper the sheet's paper, so the preview and the printout change together
     * @param shown the page plan the preview shows, which is what prints
     */
    public PrintPanelModel(PdfPrinting printing, SheetService sheets, Texts words, ObjectProperty<Paper> paper,
                           Supplier<PagePlan> shown, Executor background, Executor fx) {
        this.printing = printing;
        this.sheets = sheets;
        this.words = words;
        this.paper = paper;
        this.shown = shown;
        this.background = background;
        this.fx = fx;
        printer.addListener((obs, old, now) -> {
            if (!working.get()) {
                describe(now);
            }
        });
    }

    public ObservableList<PrinterEntry> printers() {
        return printers;
    }

    public ObjectProperty<PrinterEntry> printerProperty() {
        return printer;
    }

    public ObjectProperty<Integer> copiesProperty() {
        return copies;
    }

    public ObjectProperty<Paper> paperProperty() {
        return paper;
    }

    /** Whether the panel shows over the sheet. */
    public BooleanProperty openProperty() {
        return open;
    }

    /** True while the printers are asked for or a job is on its way. */
    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    /** True when nothing can be printed here: no printers, or Java lacks the command it prints with. */
    public ReadOnlyBooleanProperty blockedProperty() {
        return blocked.getReadOnlyProperty();
    }

    /** True when the message suggests saving a PDF instead. */
    public ReadOnlyBooleanProperty offerPdfProperty() {
        return offerPdf.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public Texts words() {
        return words;
    }

    public PdfPrinting printing() {
        return printing;
    }

    // Commands

    /** Shows the panel and asks the print system for its printers and their state afresh. */
    public CompletableFuture<Void> open() {
        open.set(true);
        working.set(true);
        say(words.text("sheet.print.looking"), false);
        String chosen = printer.get() == null ? null : printer.get().name();
        return CompletableFuture.supplyAsync(() -> new Found(printing.system().missingCommand(), printing.printers()),
                background).handleAsync((found, error) -> {
                    if (error != null) {
                        LOG.log(System.Logger.Level.ERROR, "Cannot list the printers", error);
                        show(new Found(Optional.empty(), List.of()), chosen);
                    } else {
                        show(found, chosen);
                    }
                    return null;
                }, fx);
    }

    private record Found(Optional<String> missing, List<PrinterEntry> printers) {
    }

    private void show(Found found, String chosen) {
        working.set(false);
        printers.setAll(found.printers());
        printer.set(found.printers().stream().filter(p -> p.name().equals(chosen)).findFirst()
                .or(() -> found.printers().stream().findFirst()).orElse(null));
        if (found.missing().isPresent()) {
            blocked.set(true);
            say(words.text("sheet.print.noCommand", found.missing().get()), true);
        } else if (found.printers().isEmpty()) {
            blocked.set(true);
            say(words.text("sheet.print.noPrinter"), true);
        } else {
            blocked.set(false);
            describe(printer.get());
        }
    }

    /**
     * Sends the sheet as shown, with any options from the system dialog; completes on the FX
     * executor with the report. A sent job closes the panel; anything else leaves it open with
     * the reason and the offer to save a PDF.
     */
    public CompletableFuture<PrintReport> print(List<PrintRequestAttribute> extras) {
        PrinterEntry target = printer.get();
        PagePlan plan = shown.get();
        PrintOrder order = new PrintOrder(target.name(), copies.get(), paper.get(), plan.title(), new ArrayList<>(extras));
        working.set(true);
        say(words.text("sheet.print.sending", target.name()), false);
        return CompletableFuture.supplyAsync(() -> printing.print(sheets.pdf(plan), order), background)
                .handleAsync((done, error) -> {
                    PrintReport report = done;
                    if (error != null) {
                        LOG.log(System.Logger.Level.ERROR, "Printing the sheet on " + target.name() + " failed", error);
                        report = new PrintReport(PrintReport.Result.NOT_TAKEN, target.name(), 0, 0, error.toString());
                    }
                    working.set(false);
                    if (report.sent()) {
                        say("", false);
                        open.set(false);
                    } else {
                        say(PrintMessages.report(words, report), true);
                    }
                    return report;
                }, fx);
    }

    /** Closes the panel; nothing else happens and nothing more is asked. */
    public void close() {
        open.set(false);
    }

    private void describe(PrinterEntry entry) {
        if (entry != null && entry.status() == PrinterStatus.STOPPED) {
            say(words.text("sheet.print.stopped", entry.name()), true);
        } else if (!blocked.get()) {
            say("", false);
        }
    }

    private void say(String text, boolean suggestPdf) {
        message.set(text);
        offerPdf.set(suggestPdf);
    }
}
