package org.nightcramp.sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.pdfbox.util.Matrix;
import org.nightcramp.content.illustration.Illustration;
import org.nightcramp.content.illustration.Rgb;

/**
 * Writes a page plan as a PDF: real text in embedded font subsets (searchable, selectable),
 * vector illustrations, and the title and language set so readers and screen readers know them.
 */
public final class PdfSheetWriter {

    /** Control-point distance that makes a cubic curve a quarter circle. */
    private static final double KAPPA = 0.5523;

    private final Function<String, Optional<Illustration>> illustrations;

    /** @param illustrations parsed drawings by file name; empty leaves the picture's frame blank */
    public PdfSheetWriter(Function<String, Optional<Illustration>> illustrations) {
        this.illustrations = illustrations;
    }

    public void write(PagePlan plan, OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            Map<FontFace, PDType0Font> fonts = new HashMap<>();
            double height = plan.geometry().height();
            for (PlannedPage planned : plan.pages()) {
                PDPage page = new PDPage(new PDRectangle((float) plan.geometry().width(), (float) height));
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    List<Drawn.Box> boxes = new ArrayList<>();
                    for (Drawn item : planned.items()) {
                        draw(doc, cs, fonts, item, height, boxes);
                    }
                }
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(plan.title());
            info.setCreator(plan.title());
            info.setCreationDate(Calendar.getInstance());
            doc.getDocumentCatalog().setLanguage(plan.language());
            PDViewerPreferences prefs = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
            prefs.setDisplayDocTitle(true);
            doc.getDocumentCatalog().setViewerPreferences(prefs);
            doc.save(out);
        }
    }

    private void draw(PDDocument doc, PDPageContentStream cs, Map<FontFace, PDType0Font> fonts, Drawn item,
                      double height, List<Drawn.Box> boxes) throws IOException {
        if (item instanceof Drawn.TextLine line) {
            cs.beginText();
            fill(cs, line.colour());
            for (Run run : line.runs()) {
                cs.setFont(font(doc, fonts, run.face()), (float) line.size());
                cs.setTextMatrix(Matrix.getTranslateInstance((float) (line.x() + run.x()),
                        (float) (height - line.baseline())));
                boolean thick = line.thickened(run);
                if (thick) {
                    stroke(cs, line.colour());
                    cs.setLineWidth((float) line.thickening());
                }
                cs.setRenderingMode(thick ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
                cs.showText(run.text());
            }
            cs.endText();
        } else if (item instanceof Drawn.Box box) {
            box(cs, box, height);
            boxes.add(box);
        } else if (item instanceof Drawn.Polyline line) {
            polyline(cs, line, height);
        } else if (item instanceof Drawn.Picture picture) {
            Optional<Illustration> drawing = illustrations.apply(picture.illustration());
            if (drawing.isPresent()) {
                new PdfPictures(cs).draw(drawing.get(), background(picture, boxes), picture.x(), picture.y(),
                        picture.width(), picture.height(), height);
            }
        }
    }

    /** The fill of the last box drawn under the whole picture, else the white paper. */
    private static Rgb background(Drawn.Picture picture, List<Drawn.Box> boxes) {
        for (int i = boxes.size() - 1; i >= 0; i--) {
            Drawn.Box b = boxes.get(i);
            if (b.fill().isPresent() && b.x() <= picture.x() && b.y() <= picture.y()
                    && b.x() + b.width() >= picture.x() + picture.width()
                    && b.y() + b.height() >= picture.y() + picture.height()) {
                return b.fill().get();
            }
        }
        return SheetStyle.WHITE;
    }

    /** Each font is embedded once per document, as a subset of the glyphs the sheet uses. */
    private static PDType0Font font(PDDocument doc, Map<FontFace, PDType0Font> fonts, FontFace face)
            throws IOException {
        PDType0Font font = fonts.get(face);
        if (font == null) {
            try {
                font = PDType0Font.load(doc, new ByteArrayInputStream(face.data()), true);
            } catch (IOException | RuntimeException e) {
                // The layout could measure it, but PDFBox cannot embed it: name the font, not the output file.
                throw new FontUnusableException(org.nightcramp.content.ContentProblem.of(
                        org.nightcramp.content.ContentPaths.FONTS + face.fileName(), "", "font.broken",
                        String.valueOf(e.getMessage())), e);
            }
            fonts.put(face, font);
        }
        return font;
    }

    private static void box(PDPageContentStream cs, Drawn.Box box, double height) throws IOException {
        if (box.fill().isEmpty() && box.stroke().isEmpty()) {
            return;
        }
        if (box.fill().isPresent()) {
            fill(cs, box.fill().get());
        }
        if (box.stroke().isPresent()) {
            stroke(cs, box.stroke().get());
            cs.setLineWidth((float) box.lineWidth());
        }
        // Strokes are centred on the outline: inset by half so the box keeps its planned size.
        double inset = box.stroke().isPresent() ? box.lineWidth() / 2 : 0;
        double x = box.x() + inset;
        double y = height - box.y() - box.height() + inset;
        double w = box.width() - 2 * inset;
        double h = box.height() - 2 * inset;
        double r = Math.min(box.radius(), Math.min(w, h) / 2);
        if (r <= 0) {
            cs.addRect((float) x, (float) y, (float) w, (float) h);
        } else {
            roundRect(cs, x, y, w, h, r);
        }
        if (box.fill().isPresent() && box.stroke().isPresent()) {
            cs.fillAndStroke();
        } else if (box.fill().isPresent()) {
            cs.fill();
        } else {
            cs.stroke();
        }
    }

    /** A path of straight segments, stroked: vector lines in the PDF, never a bitmap. */
    private static void polyline(PDPageContentStream cs, Drawn.Polyline line, double height) throws IOException {
        stroke(cs, line.colour());
        cs.setLineWidth((float) line.lineWidth());
        cs.setLineJoinStyle(1);
        cs.setLineCapStyle(1);
        var first = line.points().get(0);
        cs.moveTo((float) first.x(), (float) (height - first.y()));
        for (var p : line.points().subList(1, line.points().size())) {
            cs.lineTo((float) p.x(), (float) (height - p.y()));
        }
        cs.stroke();
        // Back to the defaults the boxes are drawn with.
        cs.setLineJoinStyle(0);
        cs.setLineCapStyle(0);
    }

    private static void roundRect(PDPageContentStream cs, double x, double y, double w, double h, double r)
            throws IOException {
        double k = r * KAPPA;
        cs.moveTo((float) (x + r), (float) y);
        cs.lineTo((float) (x + w - r), (float) y);
        cs.curveTo((float) (x + w - r + k), (float) y, (float) (x + w), (float) (y + r - k), (float) (x + w), (float) (y + r));
        cs.lineTo((float) (x + w), (float) (y + h - r));
        cs.curveTo((float) (x + w), (float) (y + h - r + k), (float) (x + w - r + k), (float) (y + h), (float) (x + w - r), (float) (y + h));
        cs.lineTo((float) (x + r), (float) (y + h));
        cs.curveTo((float) (x + r - k), (float) (y + h), (float) x, (float) (y + h - r + k), (float) x, (float) (y + h - r));
        cs.lineTo((float) x, (float) (y + r));
        cs.curveTo((float) x, (float) (y + r - k), (float) (x + r - k), (float) y, (float) (x + r), (float) y);
        cs.closePath();
    }

    private static void stroke(PDPageContentStream cs, Rgb c) throws IOException {
        cs.setStrokingColor(c.red() / 255f, c.green() / 255f, c.blue() / 255f);
    }

    private static void fill(PDPageContentStream cs, Rgb c) throws IOException {
        cs.setNonStrokingColor(c.red() / 255f, c.green() / 255f, c.blue() / 255f);
    }
}
