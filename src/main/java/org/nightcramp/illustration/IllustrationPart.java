package org.nightcramp.illustration;

import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.transform.Rotate;
import javafx.scene.transform.Translate;
import org.nightcramp.content.illustration.Affine;
import org.nightcramp.content.illustration.Point;

/**
 * A named group of a shown illustration that the relief panel can move without knowing the
 * drawing's geometry: turn it about its pivot and shift it, both in the drawing's own units.
 */
public final class IllustrationPart {

    private final String id;
    private final Point pivot;
    private final DoubleProperty rotate = new SimpleDoubleProperty(this, "rotate");
    private final DoubleProperty translateX = new SimpleDoubleProperty(this, "translateX");
    private final DoubleProperty translateY = new SimpleDoubleProperty(this, "translateY");
    private final Rotate rotation = new Rotate();
    private final Translate shift = new Translate();

    /**
     * @param pivot          in the group's own coordinates
     * @param parentFromView maps a step in viewBox units to a step in the group's parent's
     *                       coordinates (only its linear part is used)
     */
    IllustrationPart(String id, Point pivot, Affine parentFromView) {
        this.id = id;
        this.pivot = pivot;
        rotation.setPivotX(pivot.x());
        rotation.setPivotY(pivot.y());
        rotation.angleProperty().bind(rotate);
        shift.xProperty().bind(Bindings.createDoubleBinding(
                () -> parentFromView.a() * translateX.get() + parentFromView.c() * translateY.get(),
                translateX, translateY));
        shift.yProperty().bind(Bindings.createDoubleBinding(
                () -> parentFromView.b() * translateX.get() + parentFromView.d() * translateY.get(),
                translateX, translateY));
    }

    // Properties

    public String id() {
        return id;
    }

    /** The point the part turns about, in the group's own coordinates (its data-pivot). */
    public Point pivot() {
        return pivot;
    }

    /** Degrees about the pivot; positive turns clockwise on screen, as SVG's rotate does. */
    public DoubleProperty rotateProperty() {
        return rotate;
    }

    /** Horizontal shift in viewBox units, whatever the part's own scale. */
    public DoubleProperty translateXProperty() {
        return translateX;
    }

    /** Vertical shift in viewBox units, positive downward. */
    public DoubleProperty translateYProperty() {
        return translateY;
    }

    public void setRotate(double degrees) {
        rotate.set(degrees);
    }

    public void setTranslateX(double x) {
        translateX.set(x);
    }

    public void setTranslateY(double y) {
        translateY.set(y);
    }

    /** Outermost: applied after the group's own transform, in its parent's coordinates. */
    Translate shift() {
        return shift;
    }

    /** Innermost: applied to the group's content before its own transform. */
    Rotate rotation() {
        return rotation;
    }
}
