package org.nightcramp.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nightcramp.l10n.Texts;

/**
 * Places the sheet's blocks on pages. A block that does not fit goes whole to the next page,
 * and a heading moves with the block after it; every page gets a footer with its number.
 */
public final class SheetLayout {

    private static final System.Logger LOG = System.getLogger(SheetLayout.class.getName());

    private final Typesetting type;

    public SheetLayout(Typesetting type) {
        this.type = type;
    }

    public PagePlan layout(SheetModel model, PageGeometry page) {
        List<Block> blocks = SheetBlocks.of(model, type, page.contentWidth());
        double bottom = page.contentBottom() - SheetStyle.FOOTER;
        List<List<Drawn>> pages = new ArrayList<>();
        List<Drawn> current = new ArrayList<>();
        double y = page.top();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            boolean empty = current.isEmpty();
            double needed = (empty ? 0 : block.spaceBefore()) + groupHeight(blocks, i);
            if (!empty && y + needed > bottom) {
                pages.add(current);
                current = new ArrayList<>();
                y = page.top();
                empty = true;
            }
            if (block.height() > bottom - page.top()) {
                LOG.log(System.Logger.Level.WARNING, "A block of " + block.height() + " pt is taller than the page");
            }
            y += empty ? 0 : block.spaceBefore();
            for (Drawn d : block.items()) {
                current.add(d.moved(page.left(), y));
            }
            y += block.height();
        }
        pages.add(current);
        List<PlannedPage> planned = new ArrayList<>();
        for (int n = 0; n < pages.size(); n++) {
            List<Drawn> items = new ArrayList<>(pages.get(n));
            items.addAll(footer(model, page, n + 1, pages.size()));
            planned.add(new PlannedPage(n + 1, items));
        }
        return new PagePlan(page, model.header().documentTitle(), model.language(), planned);
    }

    /** The block's height plus the blocks it must stay with. */
    private static double groupHeight(List<Block> blocks, int i) {
        double height = blocks.get(i).height();
        for (int j = i; j + 1 < blocks.size() && blocks.get(j).keepWithNext(); j++) {
            height += blocks.get(j + 1).spaceBefore() + blocks.get(j + 1).height();
        }
        return height;
    }

    private List<Drawn> footer(SheetModel model, PageGeometry page, int number, int count) {
        BlockBuilder b = new BlockBuilder(type);
        double width = page.contentWidth();
        b.box(0, 0, width, 0.6, SheetStyle.RULE, null, 0, 0);
        String pageText = Texts.format(Locale.forLanguageTag(model.language()), model.pagePattern(), number, count);
        double right = b.width(pageText, false, SheetStyle.TINY);
        b.textAt(model.header().footer(), false, SheetStyle.TINY, SheetStyle.MUTED, 0, 4, width - right - 12);
        b.lineRightAt(pageText, false, SheetStyle.TINY, SheetStyle.MUTED, width, 4);
        double top = page.contentBottom() - b.lineHeight(false, SheetStyle.TINY) - 4;
        return b.build(0, false).items().stream().map(d -> d.moved(page.left(), top)).toList();
    }
}
