package org.nightcramp.content.illustration;

/** The part of the drawing's coordinate plane that is shown: every drawing uses 0 0 400 300. */
public record ViewBox(double minX, double minY, double width, double height) {

    public ViewBox {
        if (!Double.isFinite(minX) || !Double.isFinite(minY) || !(width > 0) || !(height > 0)
                || !Double.isFinite(width) || !Double.isFinite(height)) {
            throw new IllegalArgumentException(
                    "A viewBox needs finite numbers and a positive size: " + minX + " " + minY + " " + width + " " + height);
        }
    }

    public double aspectRatio() {
        return width / height;
    }
}
