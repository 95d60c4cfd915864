package org.nightcramp.sheet;

import java.util.ArrayList;
import java.util.List;

/** Fonts in fallback order: each character is drawn with the first font that has it. */
public record FontChain(List<FontFace> faces) {

    private static final int REPLACEMENT = '?';

    public FontChain {
        faces = List.copyOf(faces);
        if (faces.isEmpty()) {
            throw new IllegalArgumentException("A font chain needs at least one font");
        }
    }

    /** The first font's ascent, which sets the line's top. */
    public double ascent(double size) {
        return faces.get(0).ascent() * size;
    }

    public double descent(double size) {
        return faces.get(0).descent() * size;
    }

    public double width(String text, double size) {
        double width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            width += face(cp).advance(drawable(cp)) * size;
            i += Character.charCount(cp);
        }
        return width;
    }

    /** The text cut into runs of one font each, positioned from 0. */
    public List<Run> runs(String text, double size) {
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        FontFace face = null;
        double start = 0;
        double x = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            FontFace f = face(cp);
            if (face != null && f != face) {
                runs.add(new Run(current.toString(), face, start, x - start));
                current.setLength(0);
                start = x;
            }
            face = f;
            int shown = drawable(cp);
            current.appendCodePoint(shown);
            x += f.advance(shown) * size;
        }
        if (face != null) {
            runs.add(new Run(current.toString(), face, start, x - start));
        }
        return runs;
    }

    private FontFace face(int codePoint) {
        for (FontFace f : faces) {
            if (f.has(codePoint)) {
                return f;
            }
        }
        return faces.get(0);
    }

    /** A character no font has is shown as "?" rather than failing the whole sheet. */
    private int drawable(int codePoint) {
        for (FontFace f : faces) {
            if (f.has(codePoint)) {
                return codePoint;
            }
        }
        return REPLACEMENT;
    }
}
