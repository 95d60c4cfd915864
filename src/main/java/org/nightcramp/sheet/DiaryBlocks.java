package org.nightcramp.sheet;

import static org.nightcramp.sheet.SheetStyle.BODY;
import static org.nightcramp.sheet.SheetStyle.GAP;
import static org.nightcramp.sheet.SheetStyle.INK;
import static org.nightcramp.sheet.SheetStyle.MUTED;
import static org.nightcramp.sheet.SheetStyle.SMALL;
import static org.nightcramp.sheet.SheetStyle.SUBHEADING;
import static org.nightcramp.sheet.SheetStyle.TINY;

import java.util.ArrayList;
import java.util.List;
import org.nightcramp.content.illustration.Point;
import org.nightcramp.content.illustration.Rgb;
import org.nightcramp.diary.NightEntry;
import org.nightcramp.diary.TrendPoint;

/**
 * "My last weeks" as blocks: the chart (bars, a line and markers drawn as vector shapes, one
 * block so a page never cuts it), then what changed and the warnings.
 */
final class DiaryBlocks {

    private static final double PLOT_HEIGHT = 110;
    private static final double AXIS = 22;
    private static final double MARK_ROW = 9;

    private final Typesetting type;
    private final double width;

    DiaryBlocks(Typesetting type, double width) {
        this.type = type;
        this.width = width;
    }

    /** Everything after the section's heading. */
    List<Block> blocks(DiarySection section) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(chart(section));
        blocks.add(new BlockBuilder(type).text(section.changesHeading(), true, SUBHEADING, INK, 0, width).gap(1)
                .build(10, true));
        for (String line : section.changes()) {
            blocks.add(new BlockBuilder(type).text(line, false, BODY, INK, 0, width).build(2, false));
        }
        blocks.add(new BlockBuilder(type).text(section.caveat(), false, SMALL, MUTED, 0, width).build(2, false));
        if (!section.warnings().isEmpty()) {
            blocks.add(new BlockBuilder(type).text(section.warningsHeading(), true, SUBHEADING, SheetStyle.WARN, 0, width)
                    .gap(1).build(10, true));
            for (DiarySection.Warning warning : section.warnings()) {
                blocks.add(new BlockBuilder(type).text(warning.text(), warning.urgent(), BODY,
                        warning.urgent() ? SheetStyle.WARN : INK, 0, width).build(2, false));
            }
        }
        return blocks;
    }

    private Block chart(DiarySection section) {
        BlockBuilder b = new BlockBuilder(type);
        List<TrendPoint> points = section.trend().points();
        double top = 4;
        double left = AXIS;
        double plotWidth = width - 2 * AXIS;
        double bottom = top + PLOT_HEIGHT;
        int crampTop = Math.max(4, section.trend().maxCramps());
        double slot = plotWidth / points.size();
        // Grid and scales: cramps on the left, severity 0 to 10 on the right.
        for (int i = 0; i <= 2; i++) {
            double y = bottom - PLOT_HEIGHT * i / 2;
            b.box(left, y - 0.3, plotWidth, 0.6, i == 0 ? MUTED : SheetStyle.RULE, null, 0, 0);
            label(b, Integer.toString(crampTop * i / 2) + (i == 2 && crampTop == NightEntry.MAX_CRAMPS ? "+" : ""),
                    left - 4, y, true, SheetStyle.BAR_EDGE);
            label(b, Integer.toString(NightEntry.MAX_SCALE * i / 2), left + plotWidth + 4, y, false, SheetStyle.SEVERITY);
        }
        List<Point> run = new ArrayList<>();
        List<Point> dots = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            TrendPoint p = points.get(i);
            double centre = left + slot * (i + 0.5);
            if (!p.logged()) {
                line(b, run);
                run = new ArrayList<>();
                continue;
            }
            double barWidth = Math.max(1.5, slot * 0.62);
            // A quiet night gets a stub, so it reads as logged rather than missing.
            double barHeight = Math.max(1.2, PLOT_HEIGHT * p.cramps() / crampTop);
            b.box(centre - barWidth / 2, bottom - barHeight, barWidth, barHeight, SheetStyle.BAR, null, 0, 0);
            Point severity = new Point(centre, bottom - PLOT_HEIGHT * p.worstSeverity() / NightEntry.MAX_SCALE);
            run.add(severity);
            dots.add(severity);
            if (p.stretched()) {
                double size = Math.min(5, slot * 0.7);
                b.box(centre - size / 2, bottom + 2.5, size, size, SheetStyle.ACCENT, null, 0, size / 2);
            }
        }
        line(b, run);
        double dot = Math.min(3.6, Math.max(2, slot * 0.5));
        dots.forEach(p -> b.box(p.x() - dot / 2, p.y() - dot / 2, dot, dot, SheetStyle.SEVERITY, null, 0, dot / 2));
        double labels = bottom + MARK_ROW;
        List<String> dateLabels = section.dateLabels();
        b.textAt(dateLabels.get(0), false, TINY, MUTED, left, labels, plotWidth / 3);
        double middleWidth = b.width(dateLabels.get(1), false, TINY);
        b.textAt(dateLabels.get(1), false, TINY, MUTED, left + slot * (points.size() / 2 + 0.5) - middleWidth / 2,
                labels, middleWidth + 1);
        b.lineRightAt(dateLabels.get(2), false, TINY, MUTED, left + plotWidth, labels);
        b.y(labels + b.lineHeight(false, TINY) + 4);
        legend(b, section.legend());
        return b.build(GAP, false);
    }

    /** The legend: a swatch before each label, wrapping to a second row when the words are long. */
    private void legend(BlockBuilder b, List<String> labels) {
        double x = AXIS;
        double y = b.y();
        double row = b.lineHeight(false, SMALL);
        for (int i = 0; i < labels.size(); i++) {
            double needed = 14 + b.width(labels.get(i), false, SMALL) + 14;
            if (x > AXIS && x + needed > width) {
                x = AXIS;
                y += row;
            }
            double middle = y + row / 2;
            switch (i) {
                case 0 -> b.box(x, middle - 4, 8, 8, SheetStyle.BAR, null, 0, 0);
                case 1 -> {
                    b.box(x - 1, middle - 0.6, 11, 1.2, SheetStyle.SEVERITY, null, 0, 0);
                    b.box(x + 2.5, middle - 1.8, 3.6, 3.6, SheetStyle.SEVERITY, null, 0, 1.8);
                }
                case 2 -> b.box(x + 1.5, middle - 2.5, 5, 5, SheetStyle.ACCENT, null, 0, 2.5);
                default -> b.box(x, middle - 4, 8, 8, null, SheetStyle.RULE, 0.8, 0);
            }
            b.textAt(labels.get(i), false, SMALL, INK, x + 14, y, width - x - 14);
            x += needed;
        }
        b.y(y + row);
    }

    private static void line(BlockBuilder b, List<Point> run) {
        if (run.size() >= 2) {
            b.polyline(run, SheetStyle.SEVERITY, 1.4);
        }
    }

    private void label(BlockBuilder b, String text, double x, double y, boolean right, Rgb colour) {
        double top = y - b.lineHeight(false, TINY) / 2;
        if (right) {
            b.lineRightAt(text, false, TINY, colour, x, top);
        } else {
            b.textAt(text, false, TINY, colour, x, top, AXIS);
        }
    }
}
