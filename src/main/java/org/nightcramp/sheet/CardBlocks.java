package org.nightcramp.sheet;

import java.util.ArrayList;
import java.util.List;
import org.nightcramp.sheet.SheetModel.StepCard;

/** Lays a routine out as illustrated step cards, two to a row; each row is kept whole. */
final class CardBlocks {

    private static final double COLUMN_GAP = 10;
    private static final double PAD = 8;
    private static final double PICTURE_WIDTH = 84;
    /** Every illustration is drawn on a 400 × 300 view box. */
    private static final double PICTURE_HEIGHT = PICTURE_WIDTH * 3 / 4;
    private static final double INSTRUCTION = 9;

    private final Typesetting type;
    private final double cardWidth;

    CardBlocks(Typesetting type, double width) {
        this.type = type;
        this.cardWidth = (width - COLUMN_GAP) / 2;
    }

    List<Block> rows(List<StepCard> cards) {
        List<Block> rows = new ArrayList<>();
        for (int i = 0; i < cards.size(); i += 2) {
            rows.add(row(cards.subList(i, Math.min(i + 2, cards.size()))));
        }
        return rows;
    }

    private Block row(List<StepCard> cards) {
        BlockBuilder b = new BlockBuilder(type);
        double height = 0;
        for (int i = 0; i < cards.size(); i++) {
            height = Math.max(height, card(b, cards.get(i), i * (cardWidth + COLUMN_GAP)));
        }
        for (int i = 0; i < cards.size(); i++) {
            b.boxBehind(i * (cardWidth + COLUMN_GAP), 0, cardWidth, height, SheetStyle.CARD, SheetStyle.RULE, 0.75, 6);
        }
        return b.y(height).build(SheetStyle.GAP + 2, false);
    }

    /** Draws one card at {@code x}; returns its height. */
    private double card(BlockBuilder b, StepCard card, double x) {
        b.box(x + PAD, PAD, PICTURE_WIDTH, PICTURE_HEIGHT, SheetStyle.WHITE, null, 0, 4);
        b.picture(x + PAD, PAD, PICTURE_WIDTH, PICTURE_HEIGHT, card.illustration());
        double textX = x + PAD + PICTURE_WIDTH + PAD;
        double textWidth = cardWidth - (textX - x) - PAD;
        double badge = b.lineHeight(true, SheetStyle.SUBHEADING);
        b.box(textX, PAD, badge, badge, SheetStyle.ACCENT, null, 0, badge / 2);
        String number = Integer.toString(card.number());
        double numberWidth = b.width(number, true, SheetStyle.SMALL);
        b.textAt(number, true, SheetStyle.SMALL, SheetStyle.WHITE, textX + (badge - numberWidth) / 2,
                PAD + (badge - b.lineHeight(true, SheetStyle.SMALL)) / 2, badge);
        double y = PAD;
        y += b.textAt(card.title(), true, SheetStyle.SUBHEADING, SheetStyle.INK, textX + badge + 5, y,
                textWidth - badge - 5);
        y += b.textAt(card.timing(), true, SheetStyle.SMALL, SheetStyle.ACCENT, textX, y + 1, textWidth) + 3;
        y += b.textAt(card.instruction(), false, INSTRUCTION, SheetStyle.INK, textX, y, textWidth);
        return Math.max(PAD + PICTURE_HEIGHT, y) + PAD;
    }
}
