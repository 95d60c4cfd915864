package org.nightcramp.sheet;

import static org.nightcramp.sheet.SheetStyle.BODY;
import static org.nightcramp.sheet.SheetStyle.INK;
import static org.nightcramp.sheet.SheetStyle.WARN;

import java.util.List;
import org.nightcramp.sheet.SheetModel.Titled;

/** The boxed "Get medical help" section: always one block, so it is never split by a page. */
final class HelpBlocks {

    private static final double PAD = 14;
    private static final double COLUMN_GAP = 14;
    private static final double NUMBER = 26;

    private final Typesetting type;
    private final double width;

    HelpBlocks(Typesetting type, double width) {
        this.type = type;
        this.width = width;
    }

    Block box(SheetModel.HelpBox help) {
        BlockBuilder b = new BlockBuilder(type);
        double inner = width - 2 * PAD;
        double right = width - PAD;
        double numberBlock = Math.max(b.width(help.number(), true, NUMBER), b.width(help.numberText(), false, SheetStyle.SMALL));
        numberBlock = Math.min(numberBlock, inner / 2);
        double y = PAD;
        b.lineRightAt(help.number(), true, NUMBER, WARN, right, y - 4);
        double numberBottom = y - 4 + b.lineHeight(true, NUMBER);
        numberBottom += b.textAt(help.numberText(), false, SheetStyle.SMALL, INK, right - numberBlock, numberBottom - 3,
                numberBlock);
        double leftWidth = inner - numberBlock - COLUMN_GAP;
        y += b.textAt(help.heading(), true, SheetStyle.HEADING, WARN, PAD, y, leftWidth) + 2;
        y += b.textAt(help.intro(), false, BODY, INK, PAD, y, leftWidth);
        y = Math.max(y, numberBottom) + 6;
        y += b.textAt(help.emergencyNow(), true, BODY, WARN, PAD, y, inner) + 8;
        double column = (inner - COLUMN_GAP) / 2;
        double left = list(b, help.urgent(), PAD, y, column);
        double second = list(b, help.soon(), PAD + column + COLUMN_GAP, y, column);
        b.y(y + Math.max(left, second) + PAD);
        b.boxBehind(0, 0, width, b.y(), SheetStyle.WARN_TINT, WARN, 1.5, 8);
        return b.build(SheetStyle.SECTION_GAP + 2, false);
    }

    /** A subheading and its bullets in a column; returns the column's height. */
    private static double list(BlockBuilder b, Titled<String> items, double x, double top, double width) {
        double y = top + b.textAt(items.heading(), true, SheetStyle.SUBHEADING, INK, x, top, width) + 2;
        List<String> lines = items.items();
        for (String line : lines) {
            double dot = b.lineHeight(false, SheetStyle.SMALL + 0.5) / 2;
            b.box(x + 1, y + dot - 2, 4, 4, WARN, null, 0, 2);
            y += b.textAt(line, false, SheetStyle.SMALL + 0.5, INK, x + 10, y, width - 10) + 3;
        }
        return y - top;
    }
}
