package org.nightcramp.sheet;

import java.util.List;

/**
 * The sheet laid out on pages. The preview, the printer and the PDF all draw this same plan,
 * so what people preview is what they print and save.
 *
 * @param title    the document's title, for the PDF's properties and the print job
 * @param language BCP 47 tag of the text
 */
public record PagePlan(PageGeometry geometry, String title, String language, List<PlannedPage> pages) {

    public PagePlan {
        pages = List.copyOf(pages);
    }
}
