package org.nightcramp.relief;

/**
 * Where an illustration's moving part is: turned about its pivot and shifted, in the drawing's
 * own units (degrees clockwise; viewBox units, y downward).
 */
public record Pose(double rotate, double translateX, double translateY) {

    /** The drawing as it was drawn. */
    public static final Pose DRAWN = new Pose(0, 0, 0);

    public static Pose turned(double degrees) {
        return new Pose(degrees, 0, 0);
    }
}
