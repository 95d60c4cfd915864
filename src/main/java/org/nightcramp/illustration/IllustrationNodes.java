package org.nightcramp.illustration;

import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.SVGPath;
import org.nightcramp.content.illustration.Affine;
import org.nightcramp.content.illustration.IllustrationGroup;
import org.nightcramp.content.illustration.IllustrationNode;
import org.nightcramp.content.illustration.IllustrationShape;
import org.nightcramp.content.illustration.Palette;
import org.nightcramp.content.illustration.Point;
import org.nightcramp.content.illustration.Rgb;

/** Turns the drawing tree into JavaFX nodes in viewBox units: groups and SVGPath shapes. */
final class IllustrationNodes {

    static final String SHAPE_CLASS = "ill-shape";
    static final String GROUP_CLASS = "ill-group";
    static final String PART_CLASS = "ill-part";

    private final Map<String, IllustrationPart> parts;

    private IllustrationNodes(Map<String, IllustrationPart> parts) {
        this.parts = parts;
    }

    /** Builds the root group; every named group below it is added to {@code parts}. */
    static Group build(IllustrationGroup root, Map<String, IllustrationPart> parts) {
        return new IllustrationNodes(parts).group(root, Affine.IDENTITY);
    }

    /**
     * @param parentToView maps the parent's coordinates to viewBox units
     */
    private Group group(IllustrationGroup group, Affine parentToView) {
        Group node = new Group();
        node.getStyleClass().add(GROUP_CLASS);
        Affine ownToView = group.transform().then(parentToView);
        for (IllustrationNode child : group.children()) {
            node.getChildren().add(child instanceof IllustrationGroup g ? group(g, ownToView)
                    : shape((IllustrationShape) child));
        }
        if (!group.transform().isIdentity()) {
            node.getTransforms().add(fx(group.transform()));
        }
        if (!group.id().isEmpty()) {
            addPart(node, group, parentToView);
        }
        return node;
    }

    private void addPart(Group node, IllustrationGroup group, Affine parentToView) {
        Point pivot = group.pivot().orElseGet(() -> centre(node));
        Affine parentFromView = parentToView.inverse().orElse(Affine.IDENTITY);
        IllustrationPart part = new IllustrationPart(group.id(), pivot, parentFromView);
        node.getStyleClass().add(PART_CLASS);
        node.getTransforms().add(0, part.shift());
        node.getTransforms().add(part.rotation());
        parts.put(group.id(), part);
    }

    /** Without a data-pivot, a part turns about the middle of what it holds. */
    private static Point centre(Group node) {
        Bounds b = node.getLayoutBounds();
        return b.isEmpty() ? Point.ORIGIN : new Point(b.getCenterX(), b.getCenterY());
    }

    private static Node shape(IllustrationShape shape) {
        SVGPath path = new SVGPath();
        path.setContent(shape.path().toSvgString());
        path.getStyleClass().addAll(SHAPE_CLASS, "ill-" + shape.paletteClass().cssName());
        // The light colours are set here too, so a scene without illustration.css still shows
        // a sensible drawing; the stylesheet overrides them for each theme.
        Palette.Swatch swatch = Palette.PAPER.swatch(shape.paletteClass());
        path.setFill(swatch.fill().map(IllustrationNodes::paint).orElse(null));
        path.setStroke(swatch.stroke().map(IllustrationNodes::paint).orElse(null));
        path.setStrokeWidth(shape.effectiveStrokeWidth());
        if (!shape.transform().isIdentity()) {
            path.getTransforms().add(fx(shape.transform()));
        }
        return path;
    }

    private static Paint paint(Rgb rgb) {
        return Color.rgb(rgb.red(), rgb.green(), rgb.blue(), rgb.opacity());
    }

    private static javafx.scene.transform.Affine fx(Affine a) {
        return new javafx.scene.transform.Affine(a.a(), a.c(), a.e(), a.b(), a.d(), a.f());
    }
}
