package org.nightcramp.ui;

import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/**
 * Cards in equal columns that fill the width, each row as tall as its tallest card. The number of
 * columns is as many as fit at {@code -nc-column-min-width}, then evened out so the last row is
 * not left with one card alone (five cards on four columns become three and two).
 *
 * <p>A {@code TilePane} sized its tiles from each card's height at its one-line width, which made
 * wrapping cards thousands of pixels tall; here every card is measured at the width it gets.
 */
public final class CardGrid extends Pane {

    private static final double DEFAULT_COLUMN = 180;
    private static final double DEFAULT_GAP = 14;

    // Sizes set in CSS (em works), made by JavaFX's factory for styleable properties.
    private static final StyleablePropertyFactory<CardGrid> CSS =
            new StyleablePropertyFactory<>(Region.getClassCssMetaData());

    private final StyleableProperty<Number> columnMinWidth =
            CSS.createStyleableNumberProperty(this, "columnMinWidth", "-nc-column-min-width", o -> o.columnMinWidth, DEFAULT_COLUMN);
    private final StyleableProperty<Number> gap =
            CSS.createStyleableNumberProperty(this, "gap", "-nc-gap", o -> o.gap, DEFAULT_GAP);

    public CardGrid() {
        relayoutOnChange(columnMinWidth);
        relayoutOnChange(gap);
        getStyleClass().add("card-grid");
    }

    /** The narrowest a column may be; set in CSS as {@code -nc-column-min-width}, in em. */
    public double getColumnMinWidth() {
        return columnMinWidth.getValue().doubleValue();
    }

    public void setColumnMinWidth(double value) {
        columnMinWidth.setValue(value);
    }

    /** The space between cards, both ways; {@code -nc-gap} in CSS. */
    public double getGap() {
        return gap.getValue().doubleValue();
    }

    public void setGap(double value) {
        gap.setValue(value);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    /** How many columns the cards take at this inner width. */
    int columns(double innerWidth) {
        int n = cards().size();
        if (n == 0) {
            return 1;
        }
        int fit = (int) Math.floor((innerWidth + getGap()) / (getColumnMinWidth() + getGap()));
        int cols = Math.max(1, Math.min(n, fit));
        int rows = (n + cols - 1) / cols;
        return (n + rows - 1) / rows;
    }

    @Override
    protected double computeMinWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + getColumnMinWidth() + in.getRight();
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets in = getInsets();
        int cols = Math.max(1, Math.min(cards().size(), 3));
        return in.getLeft() + cols * getColumnMinWidth() + (cols - 1) * getGap() + in.getRight();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        double inner = (width < 0 ? computePrefWidth(-1) : width) - in.getLeft() - in.getRight();
        double[] rows = rowHeights(inner);
        double total = 0;
        for (double row : rows) {
            total += row;
        }
        return in.getTop() + total + Math.max(0, rows.length - 1) * getGap() + in.getBottom();
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double inner = getWidth() - in.getLeft() - in.getRight();
        int cols = columns(inner);
        double colWidth = columnWidth(inner, cols);
        double[] rows = rowHeights(inner);
        List<Node> cards = cards();
        double y = in.getTop();
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < cols && r * cols + c < cards.size(); c++) {
                Node card = cards.get(r * cols + c);
                card.resizeRelocate(snapPositionX(in.getLeft() + c * (colWidth + getGap())), snapPositionY(y),
                        snapSizeX(colWidth), snapSizeY(rows[r]));
            }
            y += rows[r] + getGap();
        }
    }

    private double columnWidth(double inner, int cols) {
        return Math.max(0, (inner - (cols - 1) * getGap()) / cols);
    }

    private double[] rowHeights(double inner) {
        List<Node> cards = cards();
        int cols = columns(inner);
        double colWidth = columnWidth(inner, cols);
        double[] rows = new double[(cards.size() + cols - 1) / cols];
        for (int i = 0; i < cards.size(); i++) {
            Node card = cards.get(i);
            double h = Math.max(card.minHeight(colWidth), card.prefHeight(colWidth));
            rows[i / cols] = Math.max(rows[i / cols], h);
        }
        return rows;
    }

    private List<Node> cards() {
        return getManagedChildren();
    }

    private void relayoutOnChange(StyleableProperty<Number> property) {
        ((ObservableValue<?>) property).addListener((obs, old, now) -> requestLayout());
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS.getCssMetaData();
    }
}
