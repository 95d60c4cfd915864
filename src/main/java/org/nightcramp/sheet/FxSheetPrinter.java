package org.nightcramp.sheet;

import java.util.Optional;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.stage.Window;

/** Prints through JavaFX's PrinterJob on the system's printers. */
public final class FxSheetPrinter implements SheetPrinter {

    @Override
    public Optional<Job> createJob(Paper paper, String name) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            return Optional.empty();
        }
        job.getJobSettings().setJobName(name);
        // Offer the sheet's paper first; the dialog still lets people choose another.
        Printer printer = job.getPrinter();
        javafx.print.Paper wanted = paper == Paper.LETTER ? javafx.print.Paper.NA_LETTER : javafx.print.Paper.A4;
        if (printer.getPrinterAttributes().getSupportedPapers().contains(wanted)) {
            job.getJobSettings().setPageLayout(printer.createPageLayout(wanted, PageOrientation.PORTRAIT,
                    Printer.MarginType.DEFAULT));
        }
        return Optional.of(new FxJob(job));
    }

    private record FxJob(PrinterJob job) implements Job {

        @Override
        public boolean showDialog(Window owner) {
            return job.showPrintDialog(owner);
        }

        @Override
        public PageGeometry page() {
            PageLayout layout = job.getJobSettings().getPageLayout();
            return new PageGeometry(layout.getPaper().getWidth(), layout.getPaper().getHeight(),
                    layout.getLeftMargin(), layout.getRightMargin(), layout.getTopMargin(), layout.getBottomMargin());
        }

        @Override
        public String printerName() {
            return job.getPrinter().getName();
        }

        @Override
        public boolean printPage(Node page) {
            return job.printPage(job.getJobSettings().getPageLayout(), page);
        }

        @Override
        public boolean end() {
            return job.endJob();
        }
    }
}
