package org.nightcramp.relief;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Arc;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.Circle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * The countdown: big digits inside a ring that empties as the phase runs. The ring takes a fixed
 * share of the height it is given ({@link #availableHeightProperty()}), between the stylesheet's
 * min and max sizes in em, so it keeps one size through a routine however long each step's words
 * are; the digits are sized to fit inside it, in every theme and language.
 */
public final class ReliefDial extends StackPane {

    /** The ring's share of the available height; the words take the rest. */
    static final double HEIGHT_SHARE = 0.42;
    /** The widest countdown the digits are sized for; longer texts are fitted on their own. */
    private static final String TEMPLATE = "0:00";
    /** The digits' box may fill this much of the ring's inner circle. */
    private static final double FILL = 0.86;

    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress");
    private final DoubleProperty availableHeight = new SimpleDoubleProperty(this, "availableHeight", -1);
    private double digitsPx;
    private final Circle track = new Circle();
    private final Arc arc = new Arc();
    private final Label digits = new Label();

    public ReliefDial() {
        getStyleClass().add("relief-dial");
        setAccessibleRole(AccessibleRole.TEXT);
        track.getStyleClass().add("relief-dial-track");
        arc.getStyleClass().add("relief-dial-arc");
        arc.setId("reliefProgressArc");
        arc.setType(ArcType.OPEN);
        // Like a kitchen timer: the hand sweeps clockwise from twelve, and the ring left ahead of it is the
        // time left. Angles run counter-clockwise in JavaFX, so both are negated.
        arc.startAngleProperty().bind(progress.multiply(-360).add(90));
        arc.lengthProperty().bind(progress.subtract(1).multiply(360));
        digits.setId("reliefCountdown");
        digits.getStyleClass().add("relief-digits");
        // Both shapes are placed by hand: an arc's bounds change with its length and would wander if centred.
        track.setManaged(false);
        arc.setManaged(false);
        getChildren().addAll(track, arc, digits);
        availableHeight.addListener((obs, old, now) -> requestLayout());
        digits.textProperty().addListener((obs, old, now) -> {
            if (old == null || now == null || old.length() != now.length()) {
                requestLayout();
            }
        });
    }

    /** The height of the column the dial sits in; it takes {@value #HEIGHT_SHARE} of it. */
    public DoubleProperty availableHeightProperty() {
        return availableHeight;
    }

    /** The ring's outer size: a share of the available height, within the stylesheet's bounds. */
    double diameter() {
        double min = Math.max(0, getMinWidth());
        double max = getMaxWidth() > 0 && getMaxWidth() < Double.MAX_VALUE ? getMaxWidth() : min;
        double wanted = availableHeight.get() > 0 ? availableHeight.get() * HEIGHT_SHARE : max;
        return Math.max(min, Math.min(max, wanted));
    }

    @Override
    protected double computePrefWidth(double height) {
        return diameter();
    }

    @Override
    protected double computePrefHeight(double width) {
        return diameter();
    }

    /** 0 to 1 through the phase. */
    public DoubleProperty progressProperty() {
        return progress;
    }

    /** The label showing the seconds left, for binding its text. */
    public Label digits() {
        return digits;
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        double stroke = Math.max(track.getStrokeWidth(), arc.getStrokeWidth());
        double radius = Math.max(0, Math.min(getWidth(), getHeight()) / 2 - stroke / 2 - 1);
        double x = getWidth() / 2;
        double y = getHeight() / 2;
        track.setCenterX(x);
        track.setCenterY(y);
        track.setRadius(radius);
        arc.setCenterX(x);
        arc.setCenterY(y);
        arc.setRadiusX(radius);
        arc.setRadiusY(radius);
        fitDigits(radius - stroke / 2);
    }

    /**
     * Sizes the digits so their box fits inside the ring's inner circle. Set as an inline style:
     * the theme's sheet would override a font set in code.
     */
    private void fitDigits(double innerRadius) {
        if (innerRadius <= 0) {
            return;
        }
        String shown = digits.getText() == null || digits.getText().length() <= TEMPLATE.length()
                ? TEMPLATE : digits.getText();
        Text probe = new Text(shown);
        probe.setFont(Font.font(digits.getFont().getFamily(), FontWeight.BOLD, 100));
        double width = probe.getLayoutBounds().getWidth() / 100;
        double height = probe.getLayoutBounds().getHeight() / 100;
        // A w x h box fits in a circle of radius r when (w/2)^2 + (h/2)^2 <= r^2.
        double px = Math.floor(FILL * 2 * innerRadius / Math.hypot(width, height));
        if (Math.abs(px - digitsPx) >= 1) {
            digitsPx = px;
            digits.setStyle("-fx-font-size: " + px + "px;");
        }
    }

    /** The digits' font size in pixels, as last fitted. */
    double digitsPx() {
        return digitsPx;
    }
}
