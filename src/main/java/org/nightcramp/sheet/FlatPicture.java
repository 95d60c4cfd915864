package org.nightcramp.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nightcramp.content.illustration.Affine;
import org.nightcramp.content.illustration.Illustration;
import org.nightcramp.content.illustration.IllustrationGroup;
import org.nightcramp.content.illustration.IllustrationNode;
import org.nightcramp.content.illustration.IllustrationShape;
import org.nightcramp.content.illustration.Palette;
import org.nightcramp.content.illustration.PathData;
import org.nightcramp.content.illustration.Rgb;

/**
 * An illustration as opaque paint only. Printer filters turn any transparency in a PDF into a
 * full-page bitmap (PDF 1.2 PostScript has none), so a translucent fill is composited here: the
 * area is painted in the colour it would show over the background, and everything painted before
 * is painted again inside it, clipped, in the colours it would show through the tint. Over opaque
 * paint this gives exactly the colours a viewer's alpha blending gives.
 */
final class FlatPicture {

    /**
     * One opaque paint, drawn with {@code transform} on top of the picture's own coordinates.
     *
     * @param clips areas in the picture's coordinates the paint is limited to
     */
    record Paint(PathData path, Affine transform, Optional<Rgb> fill, Optional<Rgb> stroke, double lineWidth,
                 List<PathData> clips) {

        Paint {
            clips = List.copyOf(clips);
        }

        /** The same paint seen through {@code tint}, limited to {@code area}. */
        Paint under(Rgb tint, PathData area) {
            List<PathData> limited = new ArrayList<>(clips);
            limited.add(area);
            return new Paint(path, transform, fill.map(c -> over(tint, c)), stroke.map(c -> over(tint, c)),
                    lineWidth, limited);
        }
    }

    private FlatPicture() {
    }

    /** The drawing's paints in order, every colour opaque; {@code background} is what it is drawn on. */
    static List<Paint> of(Illustration illustration, Palette palette, Rgb background) {
        List<Paint> done = new ArrayList<>();
        walk(illustration.root(), Affine.IDENTITY, palette, opaque(background), done);
        return List.copyOf(done);
    }

    private static void walk(IllustrationGroup group, Affine outer, Palette palette, Rgb background, List<Paint> done) {
        Affine here = group.transform().then(outer);
        for (IllustrationNode child : group.children()) {
            if (child instanceof IllustrationGroup g) {
                walk(g, here, palette, background, done);
            } else {
                shape((IllustrationShape) child, here, palette, background, done);
            }
        }
    }

    private static void shape(IllustrationShape shape, Affine outer, Palette palette, Rgb background,
                              List<Paint> done) {
        Palette.Swatch swatch = palette.swatch(shape.paletteClass());
        Optional<Rgb> fill = swatch.fill();
        Optional<Rgb> stroke = swatch.stroke().filter(c -> shape.effectiveStrokeWidth() > 0);
        if (fill.isEmpty() && stroke.isEmpty()) {
            return;
        }
        Affine transform = shape.transform().then(outer);
        // A line cannot be used as a clip, so a translucent one is blended with the background only;
        // the palettes have none today.
        Optional<Rgb> line = stroke.map(c -> over(c, background));
        if (fill.isPresent() && fill.get().opacity() < 1) {
            Rgb tint = fill.get();
            PathData area = shape.path().transform(transform);
            List<Paint> seen = new ArrayList<>();
            seen.add(new Paint(area, Affine.IDENTITY, Optional.of(over(tint, background)), Optional.empty(), 0,
                    List.of()));
            for (Paint below : done) {
                seen.add(below.under(tint, area));
            }
            done.addAll(seen);
            line.ifPresent(c -> done.add(new Paint(shape.path(), transform, Optional.empty(), Optional.of(c),
                    shape.effectiveStrokeWidth(), List.of())));
        } else {
            done.add(new Paint(shape.path(), transform, fill, line, shape.effectiveStrokeWidth(), List.of()));
        }
    }

    /** {@code top} painted over the opaque {@code below}, as alpha blending does it. */
    static Rgb over(Rgb top, Rgb below) {
        double a = top.opacity();
        if (a >= 1) {
            return top;
        }
        return new Rgb(mix(top.red(), below.red(), a), mix(top.green(), below.green(), a),
                mix(top.blue(), below.blue(), a), 1);
    }

    private static Rgb opaque(Rgb colour) {
        return over(colour, new Rgb(255, 255, 255, 1));
    }

    private static int mix(int top, int below, double a) {
        return (int) Math.round(a * top + (1 - a) * below);
    }
}
