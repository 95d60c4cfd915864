package org.nightcramp.sheet;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.util.Matrix;
import org.nightcramp.content.illustration.Affine;
import org.nightcramp.content.illustration.Illustration;
import org.nightcramp.content.illustration.Palette;
import org.nightcramp.content.illustration.PathData;
import org.nightcramp.content.illustration.PathSegment;
import org.nightcramp.content.illustration.Point;
import org.nightcramp.content.illustration.Rgb;
import org.nightcramp.content.illustration.ViewBox;

/** Draws an illustration into a PDF page as vector paths in the paper palette, all of it opaque. */
final class PdfPictures {

    private final PDPageContentStream cs;

    PdfPictures(PDPageContentStream cs) {
        this.cs = cs;
    }

    /**
     * Fits the drawing into the box (top-left x, y; y down) on a page {@code pageHeight} tall.
     *
     * @param background the colour under the box, which a translucent part is blended with
     */
    void draw(Illustration illustration, Rgb background, double x, double y, double width, double height,
              double pageHeight) throws IOException {
        ViewBox box = illustration.viewBox();
        double scale = Math.min(width / box.width(), height / box.height());
        double left = x + (width - box.width() * scale) / 2;
        double top = y + (height - box.height() * scale) / 2;
        cs.saveGraphicsState();
        // Clip to the box, as a viewBox clips on screen.
        cs.addRect((float) x, (float) (pageHeight - y - height), (float) width, (float) height);
        cs.clip();
        cs.transform(new Matrix((float) scale, 0, 0, (float) -scale,
                (float) (left - box.minX() * scale), (float) (pageHeight - top + box.minY() * scale)));
        cs.setLineCapStyle(1);
        cs.setLineJoinStyle(1);
        for (FlatPicture.Paint paint : FlatPicture.of(illustration, Palette.PAPER, background)) {
            paint(paint);
        }
        cs.restoreGraphicsState();
    }

    private void paint(FlatPicture.Paint paint) throws IOException {
        cs.saveGraphicsState();
        for (PathData clip : paint.clips()) {
            path(clip);
            cs.clip();
        }
        transform(paint.transform());
        if (paint.fill().isPresent()) {
            colour(paint.fill().get(), false);
        }
        if (paint.stroke().isPresent()) {
            colour(paint.stroke().get(), true);
            cs.setLineWidth((float) paint.lineWidth());
        }
        path(paint.path());
        if (paint.fill().isPresent() && paint.stroke().isPresent()) {
            cs.fillAndStroke();
        } else if (paint.fill().isPresent()) {
            cs.fill();
        } else {
            cs.stroke();
        }
        cs.restoreGraphicsState();
    }

    private void path(PathData path) throws IOException {
        Point current = Point.ORIGIN;
        Point start = Point.ORIGIN;
        for (PathSegment segment : path.segments()) {
            if (segment instanceof PathSegment.MoveTo m) {
                cs.moveTo((float) m.to().x(), (float) m.to().y());
                current = m.to();
                start = m.to();
            } else if (segment instanceof PathSegment.LineTo l) {
                cs.lineTo((float) l.to().x(), (float) l.to().y());
                current = l.to();
            } else if (segment instanceof PathSegment.CubicTo c) {
                curve(c.control1(), c.control2(), c.to());
                current = c.to();
            } else if (segment instanceof PathSegment.QuadTo q) {
                // A quadratic is the cubic with controls two thirds of the way to its one control.
                Point c1 = new Point(current.x() + 2.0 / 3 * (q.control().x() - current.x()),
                        current.y() + 2.0 / 3 * (q.control().y() - current.y()));
                Point c2 = new Point(q.to().x() + 2.0 / 3 * (q.control().x() - q.to().x()),
                        q.to().y() + 2.0 / 3 * (q.control().y() - q.to().y()));
                curve(c1, c2, q.to());
                current = q.to();
            } else {
                cs.closePath();
                current = start;
            }
        }
    }

    private void curve(Point c1, Point c2, Point to) throws IOException {
        cs.curveTo((float) c1.x(), (float) c1.y(), (float) c2.x(), (float) c2.y(), (float) to.x(), (float) to.y());
    }

    private void transform(Affine a) throws IOException {
        if (!a.isIdentity()) {
            cs.transform(new Matrix((float) a.a(), (float) a.b(), (float) a.c(), (float) a.d(),
                    (float) a.e(), (float) a.f()));
        }
    }

    /** Sets an opaque colour; FlatPicture has already blended away any translucency. */
    private void colour(Rgb rgb, boolean stroke) throws IOException {
        float r = rgb.red() / 255f;
        float g = rgb.green() / 255f;
        float b = rgb.blue() / 255f;
        if (stroke) {
            cs.setStrokingColor(r, g, b);
        } else {
            cs.setNonStrokingColor(r, g, b);
        }
    }
}
