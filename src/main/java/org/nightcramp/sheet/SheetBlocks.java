package org.nightcramp.sheet;

import static org.nightcramp.sheet.SheetStyle.ACCENT;
import static org.nightcramp.sheet.SheetStyle.ACCENT_TINT;
import static org.nightcramp.sheet.SheetStyle.BODY;
import static org.nightcramp.sheet.SheetStyle.GAP;
import static org.nightcramp.sheet.SheetStyle.INK;
import static org.nightcramp.sheet.SheetStyle.MUTED;
import static org.nightcramp.sheet.SheetStyle.SMALL;
import static org.nightcramp.sheet.SheetStyle.SUBHEADING;

import java.util.ArrayList;
import java.util.List;
import org.nightcramp.content.illustration.Rgb;
import org.nightcramp.sheet.SheetModel.AdviceLine;
import org.nightcramp.sheet.SheetModel.CauseLine;
import org.nightcramp.sheet.SheetModel.Titled;

/** Turns the sheet model into blocks, top to bottom, one column wide. */
final class SheetBlocks {

    private static final double BULLET_INDENT = 13;
    private static final double COLUMN_GAP = 16;

    private final Typesetting type;
    private final double width;
    private final List<Block> blocks = new ArrayList<>();

    private SheetBlocks(Typesetting type, double width) {
        this.type = type;
        this.width = width;
    }

    static List<Block> of(SheetModel model, Typesetting type, double width) {
        SheetBlocks b = new SheetBlocks(type, width);
        b.header(model.header());
        model.clotWarning().ifPresent(t -> b.notice(t, SheetStyle.WARN_TINT, SheetStyle.WARN, SheetStyle.WARN, true));
        model.personalise().ifPresent(t -> b.notice(t, ACCENT_TINT, null, INK, false));
        // When to get help, with the number to call, belongs on the first page (issue 9.11).
        b.blocks.add(new HelpBlocks(type, width).box(model.help()));
        if (!model.causes().heading().isEmpty()) {
            b.heading(model.causes().heading(), model.causes().intro());
            model.causes().items().forEach(b::cause);
        }
        b.adviceList(model.advice(), true);
        b.adviceList(model.generalAdvice(), false);
        CardBlocks cards = new CardBlocks(type, width);
        b.heading(model.crampNow().heading(), model.crampNow().intro());
        model.massageOmitted().ifPresent(t -> b.notice(t, SheetStyle.WARN_TINT, null, SheetStyle.WARN, false));
        b.blocks.addAll(cards.rows(model.crampNow().steps()));
        b.heading(model.beforeBed().heading(), model.beforeBed().intro());
        b.blocks.addAll(cards.rows(model.beforeBed().steps()));
        model.diary().ifPresent(diary -> {
            b.heading(diary.heading(), diary.covered());
            b.blocks.addAll(new DiaryBlocks(type, width).blocks(diary));
        });
        model.note().ifPresent(b::note);
        b.small(model.disclaimer(), SMALL);
        b.small(model.sources(), SheetStyle.TINY);
        return List.copyOf(b.blocks);
    }

    private BlockBuilder builder() {
        return new BlockBuilder(type);
    }

    private void header(SheetModel.Header header) {
        BlockBuilder b = builder()
                .text(header.subtitle(), true, SUBHEADING, ACCENT, 0, width)
                .text(header.title(), true, SheetStyle.TITLE, INK, 0, width)
                .gap(2)
                .text(header.details(), false, 9.5, MUTED, 0, width)
                .gap(6);
        b.box(0, b.y(), width, 1.6, ACCENT, null, 0, 0).gap(1.6);
        blocks.add(b.build(0, false));
    }

    /** A tinted box with a line of text in it, such as the clot warning. */
    private void notice(String text, Rgb fill, Rgb stroke, Rgb ink, boolean bold) {
        double pad = 9;
        BlockBuilder b = builder().gap(pad);
        b.text(text, bold, BODY, ink, pad + 3, width - 2 * pad - 3).gap(pad);
        b.boxBehind(0, 0, width, b.y(), fill, stroke, 1, 5);
        b.box(0, 0, 3.5, b.y(), ink, null, 0, 0);
        blocks.add(b.build(GAP + 4, false));
    }

    private void heading(String text, String intro) {
        BlockBuilder b = builder().text(text, true, SheetStyle.HEADING, ACCENT, 0, width).gap(2);
        b.box(0, b.y(), width, 0.8, SheetStyle.RULE, null, 0, 0).gap(4);
        blocks.add(b.build(SheetStyle.SECTION_GAP, true));
        if (!intro.isBlank()) {
            blocks.add(builder().text(intro, false, 9.5, MUTED, 0, width).build(0, true));
        }
    }

    private void cause(CauseLine line) {
        BlockBuilder b = builder();
        bullet(b, 0);
        b.textAt(line.title(), true, SUBHEADING, INK, BULLET_INDENT, 0, width - BULLET_INDENT - 90);
        double titleWidth = Math.min(b.width(line.title(), true, SUBHEADING), width - BULLET_INDENT - 90);
        double chipX = BULLET_INDENT + titleWidth + 8;
        double chipWidth = b.width(line.likelihood(), false, SMALL) + 10;
        b.box(chipX, 1.5, chipWidth, b.lineHeight(true, SUBHEADING) - 3,
                line.urgent() ? SheetStyle.WARN_TINT : ACCENT_TINT, null, 0, 6);
        b.textAt(line.likelihood(), false, SMALL, line.urgent() ? SheetStyle.WARN : ACCENT, chipX + 5, 1.6,
                chipWidth);
        b.gap(b.lineHeight(true, SUBHEADING));
        b.text(line.why(), false, BODY, INK, BULLET_INDENT, width - BULLET_INDENT);
        blocks.add(b.build(GAP, false));
    }

    private void adviceList(Titled<AdviceLine> list, boolean main) {
        if (list.items().isEmpty()) {
            return;
        }
        if (main) {
            heading(list.heading(), list.intro());
        } else {
            blocks.add(builder().text(list.heading(), true, SUBHEADING + 1, INK, 0, width).gap(1).build(10, true));
        }
        double column = (width - COLUMN_GAP) / 2;
        List<AdviceLine> items = list.items();
        for (int i = 0; i < items.size(); i += 2) {
            BlockBuilder b = builder();
            double height = 0;
            for (int k = i; k < Math.min(i + 2, items.size()); k++) {
                double x = (k - i) * (column + COLUMN_GAP);
                bullet(b, x);
                double h = b.textAt(items.get(k).title(), true, SUBHEADING, INK, x + BULLET_INDENT, 0,
                        column - BULLET_INDENT);
                h += b.textAt(items.get(k).summary(), false, BODY - 0.5, INK, x + BULLET_INDENT, h,
                        column - BULLET_INDENT);
                height = Math.max(height, h);
            }
            blocks.add(b.y(height).build(GAP + 1, false));
        }
    }

    private static void bullet(BlockBuilder b, double x) {
        double middle = b.lineHeight(true, SUBHEADING) / 2;
        b.box(x + 2, middle - 2.5, 5, 5, ACCENT, null, 0, 2.5);
    }

    private void note(SheetModel.Note note) {
        double pad = 10;
        BlockBuilder b = builder().gap(pad)
                .text(note.heading(), true, SUBHEADING + 1, INK, pad, width - 2 * pad).gap(3)
                .text(note.text(), false, BODY, INK, pad, width - 2 * pad).gap(pad);
        b.boxBehind(0, 0, width, b.y(), null, SheetStyle.RULE, 1, 5);
        blocks.add(b.build(SheetStyle.SECTION_GAP, false));
    }

    /** The disclaimer and the sources: small print, one block per item so a page can end between. */
    private void small(Titled<String> list, double size) {
        blocks.add(builder().text(list.heading(), true, SMALL, MUTED, 0, width).gap(1).build(12, true));
        for (String item : list.items()) {
            blocks.add(builder().text(item, false, size, MUTED, 0, width).build(1.5, false));
        }
    }
}
