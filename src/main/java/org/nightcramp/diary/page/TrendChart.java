package org.nightcramp.diary.page;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import org.nightcramp.diary.NightEntry;
import org.nightcramp.diary.Trend;
import org.nightcramp.diary.TrendPoint;

/**
 * The diary's trend drawn with shapes, so the theme's CSS colours them and it stays sharp at any
 * size: cramps a night as bars, the worst severity as a line broken where a night was not logged,
 * a dot under each night with the Before-bed stretch. Cramps (0 to 10+) and severity (0 to 10)
 * share one scale, so one axis serves both.
 */
public final class TrendChart extends Region {

    /** One scale for both: cramps stop at 10 ("10+") and severity at 10. */
    private static final double TOP = Math.max(NightEntry.MAX_CRAMPS, NightEntry.MAX_SCALE);
    private static final int[] GRID = {0, 5, 10};

    private final List<TrendPoint> points = new ArrayList<>();
    private final List<Rectangle> bars = new ArrayList<>();
    private final List<Circle> severityDots = new ArrayList<>();
    private final List<Polyline> severityLines = new ArrayList<>();
    private final List<Circle> stretchDots = new ArrayList<>();
    private final List<Line> gridLines = new ArrayList<>();
    private final List<Text> gridLabels = new ArrayList<>();
    private final List<Text> dateLabels = new ArrayList<>();
    private final List<Integer> dateIndices = new ArrayList<>();
    private Consumer<LocalDate> onNightPicked = night -> { };
    private double plotLeft;
    private double slotWidth = 1;

    public TrendChart() {
        getStyleClass().add("trend-chart");
        setMinSize(0, 0);
        // A click on a night's column opens that night in the form.
        setOnMouseClicked(e -> {
            int index = (int) Math.floor((e.getX() - plotLeft) / slotWidth);
            if (index >= 0 && index < points.size()) {
                onNightPicked.accept(points.get(index).night());
            }
        });
    }

    /** Told the night whose column was clicked. */
    public void setOnNightPicked(Consumer<LocalDate> action) {
        onNightPicked = Objects.requireNonNull(action, "action");
    }

    /** Draws these nights; {@code days} writes the dates under the chart. */
    public void show(Trend trend, DateTimeFormatter days) {
        points.clear();
        points.addAll(trend.points());
        bars.clear();
        severityDots.clear();
        severityLines.clear();
        stretchDots.clear();
        gridLines.clear();
        gridLabels.clear();
        dateLabels.clear();
        dateIndices.clear();
        List<Node> nodes = new ArrayList<>();
        for (int value : GRID) {
            gridLines.add(add(nodes, new Line(), "trend-grid"));
            gridLabels.add(add(nodes, new Text(Integer.toString(value)), "trend-axis-label"));
        }
        for (TrendPoint point : points) {
            // A quiet night (0 cramps) keeps a sliver of a bar, so it reads as "logged, none".
            bars.add(point.logged() ? add(nodes, new Rectangle(), point.cramps() == 0 ? "trend-bar-zero" : "trend-bar")
                    : add(nodes, new Rectangle(), "trend-gap"));
            stretchDots.add(point.logged() && point.stretched() ? add(nodes, new Circle(), "trend-stretch") : null);
        }
        Polyline line = null;
        for (TrendPoint point : points) {
            if (!point.logged()) {
                line = null;
                continue;
            }
            if (line == null) {
                line = add(nodes, new Polyline(), "trend-severity-line");
                severityLines.add(line);
            }
            severityDots.add(add(nodes, new Circle(), "trend-severity-dot"));
        }
        // Monday-to-Sunday weeks are not the diary's: label every seventh night from the last back.
        for (int i = points.size() - 1; i >= 0; i -= 7) {
            dateLabels.add(0, add(nodes, new Text(days.format(points.get(i).night())), "trend-axis-label"));
            dateIndices.add(0, i);
        }
        getChildren().setAll(nodes);
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        if (points.isEmpty()) {
            return;
        }
        double em = em();
        double left = snappedLeftInset() + em * 2;
        double right = getWidth() - snappedRightInset() - em * 0.5;
        double top = snappedTopInset() + em * 0.6;
        double bottom = getHeight() - snappedBottomInset() - em * 2.6;
        double height = Math.max(1, bottom - top);
        double slot = Math.max(1, (right - left) / points.size());
        plotLeft = left;
        slotWidth = slot;
        for (int i = 0; i < GRID.length; i++) {
            double y = snap(bottom - GRID[i] / TOP * height);
            Line grid = gridLines.get(i);
            grid.setStartX(left);
            grid.setEndX(right);
            grid.setStartY(y);
            grid.setEndY(y);
            Text label = gridLabels.get(i);
            double w = label.getLayoutBounds().getWidth();
            label.relocate(left - w - em * 0.4, y - label.getLayoutBounds().getHeight() / 2);
        }
        int line = -1;
        int dot = 0;
        Polyline current = severityLines.isEmpty() ? null : severityLines.get(0);
        boolean previousLogged = false;
        for (int i = 0; i < points.size(); i++) {
            TrendPoint point = points.get(i);
            double x = left + i * slot;
            double barWidth = Math.max(1, slot * 0.62);
            double barX = x + (slot - barWidth) / 2;
            Rectangle bar = bars.get(i);
            double barHeight = !point.logged() ? em * 0.25 : point.cramps() == 0 ? em * 0.3 : point.cramps() / TOP * height;
            bar.setX(barX);
            bar.setWidth(barWidth);
            bar.setY(bottom - barHeight);
            bar.setHeight(barHeight);
            Circle stretch = stretchDots.get(i);
            if (stretch != null) {
                stretch.setCenterX(x + slot / 2);
                stretch.setCenterY(bottom + em * 0.7);
                stretch.setRadius(Math.min(em * 0.35, slot * 0.3));
            }
            if (!point.logged()) {
                previousLogged = false;
                continue;
            }
            if (!previousLogged) {
                current = severityLines.get(++line);
                current.getPoints().clear();
            }
            previousLogged = true;
            double y = bottom - point.worstSeverity() / TOP * height;
            current.getPoints().addAll(x + slot / 2, y);
            Circle severity = severityDots.get(dot++);
            severity.setCenterX(x + slot / 2);
            severity.setCenterY(y);
            severity.setRadius(Math.max(2, Math.min(em * 0.3, slot * 0.28)));
        }
        for (int i = 0; i < dateLabels.size(); i++) {
            Text label = dateLabels.get(i);
            double centre = left + (dateIndices.get(i) + 0.5) * slot;
            double w = label.getLayoutBounds().getWidth();
            double x = Math.max(left - em, Math.min(centre - w / 2, getWidth() - snappedRightInset() - w));
            label.relocate(x, bottom + em * 1.3);
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return em() * 30;
    }

    @Override
    protected double computePrefHeight(double width) {
        return em() * 14;
    }

    /** The root font's size, which follows the app's text-size setting. */
    private double em() {
        return gridLabels.isEmpty() ? 13 : gridLabels.get(0).getFont().getSize();
    }

    private double snap(double y) {
        return Math.round(y) + 0.5;
    }

    private static <T extends Node> T add(List<Node> nodes, T node, String styleClass) {
        node.getStyleClass().add(styleClass);
        node.setManaged(false);
        nodes.add(node);
        return node;
    }
}
