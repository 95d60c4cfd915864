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
 * A bar with a leading group and a trailing group: on one row, the trailing group pushed to the
 * right edge, when both fit; otherwise the trailing group goes on a second row, so a narrow window
 * or large text never pushes controls past the window's edge. The first managed child leads,
 * the last trails.
 */
public final class WrapRow extends Pane {

    private static final double DEFAULT_GAP = 12;

    // Sizes set in CSS (em works), made by JavaFX's factory for styleable properties.
    private static final StyleablePropertyFactory<WrapRow> CSS =
            new StyleablePropertyFactory<>(Region.getClassCssMetaData());

    private final StyleableProperty<Number> gap =
            CSS.createStyleableNumberProperty(this, "gap", "-nc-gap", o -> o.gap, DEFAULT_GAP);

    public WrapRow() {
        relayoutOnChange(gap);
        getStyleClass().add("wrap-row");
    }

    /** The space between the groups, across or down; {@code -nc-gap} in CSS. */
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

    /** True when both groups fit side by side in this inner width. */
    boolean oneRow(double innerWidth) {
        List<Node> kids = getManagedChildren();
        if (kids.size() < 2) {
            return true;
        }
        return lead().prefWidth(-1) + getGap() + trail().prefWidth(-1) <= innerWidth + 0.5;
    }

    @Override
    protected double computeMinWidth(double height) {
        Insets in = getInsets();
        double widest = 0;
        for (Node n : getManagedChildren()) {
            widest = Math.max(widest, n.minWidth(-1));
        }
        return in.getLeft() + widest + in.getRight();
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets in = getInsets();
        double sum = 0;
        for (Node n : getManagedChildren()) {
            sum += n.prefWidth(-1);
        }
        return in.getLeft() + sum + Math.max(0, getManagedChildren().size() - 1) * getGap() + in.getRight();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        List<Node> kids = getManagedChildren();
        if (kids.isEmpty()) {
            return in.getTop() + in.getBottom();
        }
        double inner = (width < 0 ? computePrefWidth(-1) : width) - in.getLeft() - in.getRight();
        double h;
        if (kids.size() < 2) {
            h = lead().prefHeight(inner);
        } else if (oneRow(inner)) {
            h = Math.max(lead().prefHeight(-1), trail().prefHeight(-1));
        } else {
            h = lead().prefHeight(inner) + getGap() + trail().prefHeight(inner);
        }
        return in.getTop() + h + in.getBottom();
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        List<Node> kids = getManagedChildren();
        if (kids.isEmpty()) {
            return;
        }
        double x = in.getLeft();
        double y = in.getTop();
        double inner = getWidth() - in.getLeft() - in.getRight();
        if (kids.size() < 2) {
            lead().resizeRelocate(x, y, inner, lead().prefHeight(inner));
            return;
        }
        Node lead = lead();
        Node trail = trail();
        if (oneRow(inner)) {
            double row = Math.max(lead.prefHeight(-1), trail.prefHeight(-1));
            double tw = trail.prefWidth(-1);
            // The leading group takes the room left, but a button in it keeps its own size.
            double lw = Math.min(lead.maxWidth(-1), inner - tw - getGap());
            lead.resizeRelocate(snapPositionX(x), snapPositionY(y + (row - lead.prefHeight(lw)) / 2),
                    snapSizeX(lw), snapSizeY(lead.prefHeight(lw)));
            trail.resizeRelocate(snapPositionX(x + inner - tw), snapPositionY(y + (row - trail.prefHeight(-1)) / 2),
                    snapSizeX(tw), snapSizeY(trail.prefHeight(-1)));
        } else {
            double lh = lead.prefHeight(inner);
            lead.resizeRelocate(snapPositionX(x), snapPositionY(y), snapSizeX(inner), snapSizeY(lh));
            double tw = Math.min(inner, trail.prefWidth(-1));
            trail.resizeRelocate(snapPositionX(x), snapPositionY(y + lh + getGap()), snapSizeX(tw),
                    snapSizeY(trail.prefHeight(tw)));
        }
    }

    private Node lead() {
        return getManagedChildren().get(0);
    }

    private Node trail() {
        List<Node> kids = getManagedChildren();
        return kids.get(kids.size() - 1);
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
