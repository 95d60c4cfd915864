package org.nightcramp.sheet;

import java.util.Optional;
import java.util.function.Function;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.SVGPath;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.shape.StrokeType;
import javafx.scene.text.Text;
import javafx.scene.text.TextBoundsType;
import javafx.scene.transform.Affine;
import org.nightcramp.content.illustration.Illustration;
import org.nightcramp.content.illustration.IllustrationGroup;
import org.nightcramp.content.illustration.IllustrationNode;
import org.nightcramp.content.illustration.IllustrationShape;
import org.nightcramp.content.illustration.Palette;
import org.nightcramp.content.illustration.Rgb;

/**
 * Draws a planned page as JavaFX nodes, one point to one unit, for the preview. (Printing sends
 * the PDF itself: see sheet.print.PdfPrinting.)
 * Paper colours are set on the nodes themselves: a page is white paper in either theme.
 */
public final class PageNodes {

    private final FxFonts fonts;
    private final Function<String, Optional<Illustration>> illustrations;

    public PageNodes(FxFonts fonts, Function<String, Optional<Illustration>> illustrations) {
        this.fonts = fonts;
        this.illustrations = illustrations;
    }

    /** The page on white paper, for the preview. */
    public Group page(PlannedPage page, PageGeometry geometry) {
        Rectangle paper = new Rectangle(geometry.width(), geometry.height(), Color.WHITE);
        paper.getStyleClass().add("sheet-paper");
        Group group = new Group(paper, content(page, 0, 0));
        group.setId("sheetPage-" + page.number());
        return group;
    }

    /** The page's content moved by (-dx, -dy). */
    private Group content(PlannedPage page, double dx, double dy) {
        Group group = new Group();
        for (Drawn item : page.items()) {
            Drawn d = item.moved(-dx, -dy);
            if (d instanceof Drawn.TextLine line) {
                text(group, line);
            } else if (d instanceof Drawn.Box box) {
                group.getChildren().add(box(box));
            } else if (d instanceof Drawn.Polyline line) {
                group.getChildren().add(polyline(line));
            } else if (d instanceof Drawn.Picture picture) {
                illustrations.apply(picture.illustration()).ifPresent(i -> group.getChildren().add(picture(picture, i)));
            }
        }
        return group;
    }

    private void text(Group group, Drawn.TextLine line) {
        for (Run run : line.runs()) {
            Text text = new Text(line.x() + run.x(), line.baseline(), run.text());
            text.setFont(fonts.font(run.face(), line.size()));
            text.setFill(colour(line.colour()));
            text.setBoundsType(TextBoundsType.LOGICAL);
            if (line.thickened(run)) {
                text.setStroke(colour(line.colour()));
                text.setStrokeWidth(line.thickening());
                text.setStrokeType(StrokeType.CENTERED);
            }
            group.getChildren().add(text);
        }
    }

    private static Node box(Drawn.Box box) {
        Rectangle r = new Rectangle(box.x(), box.y(), box.width(), box.height());
        r.setArcWidth(box.radius() * 2);
        r.setArcHeight(box.radius() * 2);
        r.setFill(box.fill().map(PageNodes::colour).orElse(null));
        box.stroke().ifPresent(c -> {
            r.setStroke(colour(c));
            r.setStrokeWidth(box.lineWidth());
            // As in the PDF, the line sits inside the box so the box keeps its planned size.
            r.setStrokeType(StrokeType.INSIDE);
        });
        return r;
    }

    private static Node polyline(Drawn.Polyline line) {
        Polyline node = new Polyline();
        line.points().forEach(p -> node.getPoints().addAll(p.x(), p.y()));
        node.setFill(null);
        node.setStroke(colour(line.colour()));
        node.setStrokeWidth(line.lineWidth());
        node.setStrokeLineJoin(StrokeLineJoin.ROUND);
        node.setStrokeLineCap(StrokeLineCap.ROUND);
        return node;
    }

    private static Node picture(Drawn.Picture picture, Illustration illustration) {
        var box = illustration.viewBox();
        double scale = Math.min(picture.width() / box.width(), picture.height() / box.height());
        Group drawing = group(illustration.root());
        Affine fit = new Affine(scale, 0, picture.x() + (picture.width() - box.width() * scale) / 2 - box.minX() * scale,
                0, scale, picture.y() + (picture.height() - box.height() * scale) / 2 - box.minY() * scale);
        drawing.getTransforms().add(0, fit);
        Group clipped = new Group(drawing);
        clipped.setClip(new Rectangle(picture.x(), picture.y(), picture.width(), picture.height()));
        return clipped;
    }

    private static Group group(IllustrationGroup group) {
        Group node = new Group();
        for (IllustrationNode child : group.children()) {
            node.getChildren().add(child instanceof IllustrationGroup g ? group(g) : shape((IllustrationShape) child));
        }
        node.getTransforms().add(fx(group.transform()));
        return node;
    }

    private static Node shape(IllustrationShape shape) {
        SVGPath path = new SVGPath();
        path.setContent(shape.path().toSvgString());
        Palette.Swatch swatch = Palette.PAPER.swatch(shape.paletteClass());
        path.setFill(swatch.fill().map(PageNodes::colour).orElse(null));
        if (swatch.stroke().isPresent() && shape.effectiveStrokeWidth() > 0) {
            path.setStroke(colour(swatch.stroke().get()));
            path.setStrokeWidth(shape.effectiveStrokeWidth());
            path.setStrokeLineCap(StrokeLineCap.ROUND);
            path.setStrokeLineJoin(StrokeLineJoin.ROUND);
        }
        path.getTransforms().add(fx(shape.transform()));
        return path;
    }

    private static Affine fx(org.nightcramp.content.illustration.Affine a) {
        return new Affine(a.a(), a.c(), a.e(), a.b(), a.d(), a.f());
    }

    private static Color colour(Rgb rgb) {
        return Color.rgb(rgb.red(), rgb.green(), rgb.blue(), rgb.opacity());
    }
}
