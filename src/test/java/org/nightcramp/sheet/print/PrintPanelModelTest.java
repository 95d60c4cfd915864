package org.nightcramp.sheet.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.nightcramp.sheet.Paper;
import org.nightcramp.l10n.Texts;

/** The print panel's state and commands without a window, on fake printers, everything run at once. */
class PrintPanelModelTest {

    private final FakePrintSystem system = new FakePrintSystem();
    private final Texts words = PrintFixture.words("en");
    private final SimpleObjectProperty<Paper> paper = new SimpleObjectProperty<>(Paper.A4);

    private PrintPanelModel model() {
        return new PrintPanelModel(system.printing(), PrintFixture.SERVICE, words, paper,
                () -> PrintFixture.plan("en", paper.get()), Runnable::run, Runnable::run);
    }

    @Test
    void openingListsThePrintersAndPicksTheDefault() {
        system.add("Office", PrinterStatus.IDLE);
        system.add("Hall", PrinterStatus.BUSY);
        PrintPanelModel model = model();

        model.open();

        assertTrue(model.openProperty().get());
        assertEquals(List.of("Office", "Hall"), model.printers().stream().map(PrinterEntry::name).toList());
        assertEquals("Office", model.printerProperty().get().name());
        assertFalse(model.blockedProperty().get() || model.workingProperty().get() || model.offerPdfProperty().get());
        assertEquals("", model.messageProperty().get());
    }

    @Test
    void reopeningKeepsThePrinterChosenBefore() {
        system.add("Office", PrinterStatus.IDLE);
        system.add("Hall", PrinterStatus.IDLE);
        PrintPanelModel model = model();
        model.open();
        model.printerProperty().set(model.printers().get(1));
        model.close();

        model.open();

        assertEquals("Hall", model.printerProperty().get().name());
    }

    @Test
    void aSentJobClosesThePanelAndOneNotTakenStaysWithTheReason() {
        FakePrintService office = system.add("Office", PrinterStatus.IDLE);
        PrintPanelModel model = model();
        model.open();
        model.copiesProperty().set(3);
        paper.set(Paper.LETTER);

        PrintReport sent = model.print(List.of()).join();

        assertEquals(new PrintReport(PrintReport.Result.SENT, "Office",
                PrintFixture.plan("en", Paper.LETTER).pages().size(), 3, ""), sent);
        assertFalse(model.openProperty().get());

        office.behaviour = FakePrintService.Behaviour.THROW;
        model.open();
        PrintReport refused = model.print(List.of()).join();

        assertEquals(PrintReport.Result.NOT_TAKEN, refused.result());
        assertTrue(model.openProperty().get());
        assertEquals(words.text("sheet.print.failed", "Office"), model.messageProperty().get());
        assertTrue(model.offerPdfProperty().get());
    }

    @Test
    void aStoppedPrinterIsSaidAtOnceAndAMissingCommandBlocksPrinting() {
        system.add("Office", PrinterStatus.IDLE);
        system.add("Upstairs", PrinterStatus.STOPPED);
        PrintPanelModel model = model();
        model.open();

        model.printerProperty().set(model.printers().get(1));
        assertEquals(words.text("sheet.print.stopped", "Upstairs"), model.messageProperty().get());
        model.printerProperty().set(model.printers().get(0));
        assertEquals("", model.messageProperty().get());

        system.missingCommand = Optional.of("lpr");
        model.open();
        assertTrue(model.blockedProperty().get());
        assertEquals(words.text("sheet.print.noCommand", "lpr"), model.messageProperty().get());
    }
}
