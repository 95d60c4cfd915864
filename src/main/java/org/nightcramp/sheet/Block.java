package org.nightcramp.sheet;

import java.util.List;

/**
 * A piece of the sheet that is never split across pages: a paragraph, a step-card row, the
 * help box. Items are placed from the block's own top-left corner.
 *
 * @param spaceBefore  gap above it, dropped at the top of a page
 * @param keepWithNext true for headings, which must not be left alone at the foot of a page
 */
record Block(List<Drawn> items, double height, double spaceBefore, boolean keepWithNext) {

    Block {
        items = List.copyOf(items);
    }
}
