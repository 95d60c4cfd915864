package org.nightcramp.sheet;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.stage.Window;

/**
 * Prints the sheet as JabRef's preview does: no job means no printer; the dialog is owned by
 * the main window; pages are printed on the JavaFX thread; the job is ended off it. The plan is
 * laid out again for the printer's paper and margins, so nothing falls where it cannot print.
 */
public final class SheetPrinting {

    private static final System.Logger LOG = System.getLogger(SheetPrinting.class.getName());

    private final SheetPrinter printer;
    private final PageNodes nodes;
    private final Executor background;

    public SheetPrinting(SheetPrinter printer, PageNodes nodes, Executor background) {
        this.printer = printer;
        this.nodes = nodes;
        this.background = background;
    }

    /** How a print ended. */
    public enum Result { PRINTED, NO_PRINTER, CANCELLED, FAILED }

    /** The result, how many pages went to which printer. */
    public record Outcome(Result result, int pages, String printer) {
    }

    /**
     * Call on the JavaFX thread; {@code done} is called there too.
     *
     * @param name    the job's name, such as the sheet's title
     * @param planner lays the sheet out on the printer's page
     */
    public void print(Window owner, Paper paper, String name, Function<PageGeometry, PagePlan> planner,
                      Consumer<Outcome> done) {
        var created = printer.createJob(paper, name);
        if (created.isEmpty()) {
            LOG.log(System.Logger.Level.INFO, "No printer: PrinterJob.createPrinterJob() gave none");
            done.accept(new Outcome(Result.NO_PRINTER, 0, ""));
            return;
        }
        SheetPrinter.Job job = created.get();
        if (!job.showDialog(owner)) {
            done.accept(new Outcome(Result.CANCELLED, 0, job.printerName()));
            return;
        }
        PageGeometry printable = job.page();
        PagePlan plan;
        boolean printed = true;
        try {
            plan = planner.apply(printable.atLeastSheetMargins());
            for (PlannedPage page : plan.pages()) {
                printed = printed && job.printPage(nodes.content(page, printable.left(), printable.top()));
            }
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "Printing the sheet on " + job.printerName() + " failed", e);
            done.accept(new Outcome(Result.FAILED, 0, job.printerName()));
            return;
        }
        int pages = plan.pages().size();
        boolean allPrinted = printed;
        CompletableFuture.supplyAsync(job::end, background).whenComplete((ended, error) -> {
            if (error != null) {
                LOG.log(System.Logger.Level.ERROR, "Ending the print job on " + job.printerName() + " failed", error);
            }
            boolean ok = error == null && ended && allPrinted;
            if (!ok) {
                LOG.log(System.Logger.Level.WARNING, "The printer " + job.printerName() + " reported a problem");
            }
            Outcome outcome = new Outcome(ok ? Result.PRINTED : Result.FAILED, pages, job.printerName());
            Platform.runLater(() -> done.accept(outcome));
        });
    }
}
