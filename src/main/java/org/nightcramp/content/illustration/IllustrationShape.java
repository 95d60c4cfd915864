package org.nightcramp.content.illustration;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One drawn outline, coloured by its palette class.
 *
 * @param strokeWidth the file's stroke-width, in the shape's own units; empty for the class default
 */
public record IllustrationShape(String id, PaletteClass paletteClass, PathData path,
                                OptionalDouble strokeWidth, Affine transform) implements IllustrationNode {

    public IllustrationShape {
        Objects.requireNonNull(id);
        Objects.requireNonNull(paletteClass);
        Objects.requireNonNull(path);
        Objects.requireNonNull(strokeWidth);
        Objects.requireNonNull(transform);
    }

    /** The line width to draw with: the file's own, else the class default. */
    public double effectiveStrokeWidth() {
        return strokeWidth.orElse(paletteClass.defaultStrokeWidth());
    }
}
