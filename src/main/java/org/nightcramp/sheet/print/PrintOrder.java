package org.nightcramp.sheet.print;

import java.util.List;
import java.util.Objects;
import javax.print.attribute.PrintRequestAttribute;
import org.nightcramp.sheet.Paper;

/**
 * What the person asked to print: where, how many, on which paper, under which name.
 *
 * @param jobName shown in the print queue; a PDF printer names its file after it
 * @param extras  further options chosen in the system's print dialog, such as two-sided or a page range
 */
public record PrintOrder(String printer, int copies, Paper paper, String jobName, List<PrintRequestAttribute> extras) {

    /** The most copies the panel and the command line accept; more is almost surely a typing slip. */
    public static final int MAX_COPIES = 99;

    public PrintOrder {
        Objects.requireNonNull(printer);
        Objects.requireNonNull(paper);
        Objects.requireNonNull(jobName);
        if (copies < 1 || copies > MAX_COPIES) {
            throw new IllegalArgumentException("copies must be 1 to " + MAX_COPIES + ": " + copies);
        }
        extras = List.copyOf(extras);
    }

    public PrintOrder(String printer, int copies, Paper paper, String jobName) {
        this(printer, copies, paper, jobName, List.of());
    }
}
