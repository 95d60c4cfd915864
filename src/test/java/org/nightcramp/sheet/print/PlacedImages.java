package org.nightcramp.sheet.print;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;

/**
 * The bitmaps a PDF page draws and how big they come out on the page, in points: XObject and
 * inline images, in forms and in Type 3 glyphs alike, as a renderer would meet them.
 */
final class PlacedImages extends PDFGraphicsStreamEngine {

    /** One bitmap: its pixels and its size on the page. */
    record Placed(int pixelsWide, int pixelsHigh, double width, double height) {
    }

    private final List<Placed> placed = new ArrayList<>();

    private PlacedImages(PDPage page) {
        super(page);
    }

    static List<Placed> on(PDPage page) throws IOException {
        PlacedImages engine = new PlacedImages(page);
        engine.processPage(page);
        return engine.placed;
    }

    @Override
    public void drawImage(PDImage image) {
        Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
        placed.add(new Placed(image.getWidth(), image.getHeight(), Math.abs(ctm.getScalingFactorX()),
                Math.abs(ctm.getScalingFactorY())));
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    }

    @Override
    public void clip(int windingRule) {
    }

    @Override
    public void moveTo(float x, float y) {
    }

    @Override
    public void lineTo(float x, float y) {
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    }

    @Override
    public Point2D getCurrentPoint() {
        return new Point2D.Float();
    }

    @Override
    public void closePath() {
    }

    @Override
    public void endPath() {
    }

    @Override
    public void strokePath() {
    }

    @Override
    public void fillPath(int windingRule) {
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
    }

    @Override
    public void shadingFill(COSName shadingName) {
    }
}
