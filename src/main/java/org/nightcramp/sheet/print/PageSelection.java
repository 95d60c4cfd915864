package org.nightcramp.sheet.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import javax.print.attribute.PrintRequestAttribute;
import javax.print.attribute.standard.PageRanges;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Applies a page range chosen in the system's print dialog to the document itself: Java passes
 * no page range to a queue that takes PDF, so without this the whole sheet would print.
 */
final class PageSelection {

    private static final System.Logger LOG = System.getLogger(PageSelection.class.getName());

    private PageSelection() {
    }

    /** Removes the pages outside the range; the new bytes, or empty when every page stays. */
    static Optional<byte[]> apply(PDDocument document, List<PrintRequestAttribute> extras) throws IOException {
        Optional<PageRanges> ranges = extras.stream().filter(PageRanges.class::isInstance).map(PageRanges.class::cast)
                .findFirst();
        int count = document.getNumberOfPages();
        if (ranges.isEmpty() || java.util.stream.IntStream.rangeClosed(1, count).allMatch(ranges.get()::contains)) {
            return Optional.empty();
        }
        if (java.util.stream.IntStream.rangeClosed(1, count).noneMatch(ranges.get()::contains)) {
            LOG.log(System.Logger.Level.INFO, "The page range " + ranges.get() + " misses all " + count
                    + " pages; printing them all");
            return Optional.empty();
        }
        for (int page = count; page >= 1; page--) {
            if (!ranges.get().contains(page)) {
                document.removePage(page - 1);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return Optional.of(out.toByteArray());
    }
}
