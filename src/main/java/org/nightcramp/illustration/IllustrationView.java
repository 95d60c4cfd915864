package org.nightcramp.illustration;

import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleRole;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import org.nightcramp.content.illustration.Illustration;
import org.nightcramp.content.illustration.ViewBox;

/**
 * Shows an illustration as vector shapes, scaled uniformly to fit and centred, so it stays crisp
 * at any size. Callers set {@code accessibleText} to a description in the reader's language and
 * add {@link #stylesheet()} to the scene for the themes' colours.
 *
 * <p>The shapes are made when the view first lies within the window, not when the illustration is
 * set: a drawing further down a long page (the home page's five causes, below the fold at 1100 x
 * 760) costs its hundred-odd shapes' styling and bounds only once it is scrolled to or the window
 * grows, not in the first frame. The view's size comes from the illustration either way, so
 * nothing moves when the shapes arrive.
 */
public final class IllustrationView extends Region {

    public static final String STYLE_CLASS = "illustration-view";

    private final ObjectProperty<Illustration> illustration = new SimpleObjectProperty<>(this, "illustration");
    private final Group canvas = new Group();
    private final Translate offset = new Translate();
    private final Scale scale = new Scale();
    private final Map<String, IllustrationPart> parts = new HashMap<>();
    /** True once the current illustration's shapes are in {@link #canvas}. */
    private boolean drawn;
    /** Set while the view waits, out of the window, for a scroll or move to bring it in. */
    private InvalidationListener watchingMoves;

    public IllustrationView() {
        getStyleClass().add(STYLE_CLASS);
        // JavaFX has no plain IMAGE role; IMAGE_VIEW is the one screen readers announce as an image.
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        canvas.setManaged(false);
        canvas.getTransforms().addAll(offset, scale);
        getChildren().add(canvas);
        // Like an SVG viewport: nothing drawn outside the view's box.
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        illustration.addListener((obs, old, now) -> rebuild(now));
    }

    public IllustrationView(Illustration illustration) {
        this();
        setIllustration(illustration);
    }

    /** The URL of {@code illustration.css}, for the scene's stylesheets. */
    public static String stylesheet() {
        URL url = IllustrationView.class.getResource("illustration.css");
        if (url == null) {
            throw new IllegalStateException("Missing resource org/nightcramp/illustration/illustration.css");
        }
        return url.toExternalForm();
    }

    // Properties

    public ObjectProperty<Illustration> illustrationProperty() {
        return illustration;
    }

    public Illustration getIllustration() {
        return illustration.get();
    }

    public void setIllustration(Illustration value) {
        illustration.set(value);
    }

    /**
     * A named group of the current illustration, such as {@code foot}. Setting another
     * illustration replaces the parts; ask again after it changes.
     */
    public Optional<IllustrationPart> part(String id) {
        draw();
        return Optional.ofNullable(parts.get(id));
    }

    /** True when the current illustration's shapes have been made (see the class comment). */
    public boolean isDrawn() {
        return drawn;
    }

    /** True when the view, as last laid out, overlaps its window's area (shown or not). */
    public boolean isInWindow() {
        Scene scene = getScene();
        if (scene == null) {
            return false;
        }
        Bounds box = localToScene(getLayoutBounds());
        return box.getMaxX() >= 0 && box.getMaxY() >= 0 && box.getMinX() <= scene.getWidth()
                && box.getMinY() <= scene.getHeight();
    }

    /** Where a point of the drawing, in viewBox units, appears in this view's coordinates. */
    public Point2D viewBoxToLocal(double x, double y) {
        layout();
        return canvas.localToParent(x, y);
    }

    // Layout

    @Override
    protected void layoutChildren() {
        Illustration shown = illustration.get();
        if (shown == null) {
            return;
        }
        ViewBox box = shown.viewBox();
        Insets in = getInsets();
        double width = Math.max(0, getWidth() - in.getLeft() - in.getRight());
        double height = Math.max(0, getHeight() - in.getTop() - in.getBottom());
        double s = Math.min(width / box.width(), height / box.height());
        scale.setX(s);
        scale.setY(s);
        offset.setX(in.getLeft() + (width - box.width() * s) / 2 - box.minX() * s);
        offset.setY(in.getTop() + (height - box.height() * s) / 2 - box.minY() * s);
        if (!drawn) {
            drawOnceInWindow();
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        Illustration shown = illustration.get();
        return getInsets().getLeft() + getInsets().getRight() + (shown == null ? 0 : shown.viewBox().width());
    }

    @Override
    protected double computePrefHeight(double width) {
        Illustration shown = illustration.get();
        return getInsets().getTop() + getInsets().getBottom() + (shown == null ? 0 : shown.viewBox().height());
    }

    @Override
    protected double computeMinWidth(double height) {
        return getInsets().getLeft() + getInsets().getRight();
    }

    @Override
    protected double computeMinHeight(double width) {
        return getInsets().getTop() + getInsets().getBottom();
    }

    private void rebuild(Illustration shown) {
        parts.clear();
        canvas.getChildren().clear();
        drawn = false;
        if (isInWindow()) {
            draw();
        }
        requestLayout();
    }

    /** Makes the shapes now if the view is within the window, or else when a move brings it there. */
    private void drawOnceInWindow() {
        if (isInWindow()) {
            draw();
            // Laid out after this pulse's styling: style the new shapes before they are drawn.
            canvas.applyCss();
        } else if (watchingMoves == null) {
            // Scrolling moves an ancestor, which lays out nothing inside this view.
            watchingMoves = obs -> {
                // Read it again: an invalidation listener hears nothing more until the value is asked for.
                getLocalToSceneTransform();
                if (isInWindow()) {
                    requestLayout();
                }
            };
            localToSceneTransformProperty().addListener(watchingMoves);
        }
    }

    private void draw() {
        Illustration shown = illustration.get();
        if (drawn || shown == null) {
            return;
        }
        drawn = true;
        if (watchingMoves != null) {
            localToSceneTransformProperty().removeListener(watchingMoves);
            watchingMoves = null;
        }
        canvas.getChildren().setAll(IllustrationNodes.build(shown.root(), parts));
    }
}
