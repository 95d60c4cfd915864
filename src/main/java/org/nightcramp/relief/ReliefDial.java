package org.nightcramp.relief;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Arc;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.Circle;

/**
 * The countdown: big digits inside a ring that empties as the phase runs. Its size comes from the
 * stylesheet in em, so the night theme's larger text makes the whole dial larger.
 */
public final class ReliefDial extends StackPane {

    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress");
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
    }
}
