package org.nightcramp.content.illustration;

/** An axis-aligned rectangle given by its corners, in illustration coordinates. */
public record Bounds(double minX, double minY, double maxX, double maxY) {

    public Bounds {
        if (!(minX <= maxX) || !(minY <= maxY)) {
            throw new IllegalArgumentException(
                    "Bounds need min <= max: " + minX + ", " + minY + ", " + maxX + ", " + maxY);
        }
    }

    public static Bounds of(Point p) {
        return new Bounds(p.x(), p.y(), p.x(), p.y());
    }

    public double width() {
        return maxX - minX;
    }

    public double height() {
        return maxY - minY;
    }

    /** The smallest bounds holding this and {@code p}. */
    public Bounds including(Point p) {
        return new Bounds(Math.min(minX, p.x()), Math.min(minY, p.y()),
                Math.max(maxX, p.x()), Math.max(maxY, p.y()));
    }
}
