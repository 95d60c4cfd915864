package org.nightcramp.ui;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * Holds one node at a fixed shape: as tall as its width times {@code ratio}, whatever width the
 * layout gives it, so a drawing in a card grows and shrinks with the card instead of keeping the
 * drawing's own pixel size.
 */
public final class AspectPane extends StackPane {

    private final double ratio;

    /** @param ratio height over width, such as 0.75 for a 4:3 drawing */
    public AspectPane(Node content, double ratio) {
        super(content);
        if (!(ratio > 0)) {
            throw new IllegalArgumentException("ratio must be positive: " + ratio);
        }
        this.ratio = ratio;
        getStyleClass().add("aspect-pane");
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        double w = width < 0 ? computePrefWidth(-1) : width;
        return in.getTop() + Math.max(0, w - in.getLeft() - in.getRight()) * ratio + in.getBottom();
    }

    @Override
    protected double computeMinWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + in.getRight();
    }

    @Override
    protected double computeMaxHeight(double width) {
        return computePrefHeight(width);
    }
}
