package org.nightcramp.sheet;

import java.util.Optional;
import javafx.scene.Node;
import javafx.stage.Window;

/** The printer, behind a small interface so tests can print to a fake and look at the pages. */
public interface SheetPrinter {

    /**
     * A job on the default printer, preferring {@code paper}; empty when there is no printer.
     *
     * @param name shown in the print queue, and the file name a PDF printer writes
     */
    Optional<Job> createJob(Paper paper, String name);

    /** One print job; every call but {@link #end()} is made on the JavaFX thread. */
    interface Job {

        /** Shows the print dialog owned by the window; false when the person cancels. */
        boolean showDialog(Window owner);

        /** The chosen paper and the printer's margins, in points. */
        PageGeometry page();

        /** The printer's name, for messages. */
        String printerName();

        /** Prints one page; the node's (0, 0) is the top-left corner of the printable area. */
        boolean printPage(Node page);

        /** Finishes the job; may block, so it is called off the JavaFX thread. */
        boolean end();
    }
}
