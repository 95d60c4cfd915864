package org.nightcramp.sheet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * One font file from {@code content/fonts/}: its bytes, for embedding in the PDF and loading into
 * JavaFX, and its metrics, so lines are broken with the very widths both of them draw.
 */
public final class FontFace {

    private final String fileName;
    private final byte[] data;
    private final TrueTypeFont font;
    private final CmapLookup cmap;
    private final float unitsPerEm;
    private final float ascent;
    private final float descent;
    /** Advance per code point in ems; fontbox reads the tables lazily and is not thread-safe. */
    private final Map<Integer, Float> advances = new HashMap<>();

    private FontFace(String fileName, byte[] data) throws IOException {
        this.fileName = fileName;
        this.data = data;
        this.font = new TTFParser().parse(new RandomAccessReadBuffer(data));
        this.cmap = font.getUnicodeCmapLookup();
        this.unitsPerEm = font.getUnitsPerEm();
        this.ascent = font.getHorizontalHeader().getAscender() / unitsPerEm;
        this.descent = -font.getHorizontalHeader().getDescender() / unitsPerEm;
    }

    /** Parses a TrueType file; fails with the file's name when it is not one. */
    public static FontFace parse(String fileName, byte[] data) throws IOException {
        try {
            return new FontFace(fileName, data);
        } catch (IOException | RuntimeException e) {
            throw new IOException("fonts/" + fileName + " is not a TrueType font the sheet can use: " + e.getMessage(), e);
        }
    }

    public String fileName() {
        return fileName;
    }

    /** The file's bytes; callers must not change them. */
    public byte[] data() {
        return data;
    }

    /** Height above the baseline, as a fraction of the font size. */
    public float ascent() {
        return ascent;
    }

    /** Depth below the baseline, as a positive fraction of the font size. */
    public float descent() {
        return descent;
    }

    /** True for a bold face, such as Noto Sans Bold. */
    public boolean isBold() {
        return fileName.contains("Bold");
    }

    public synchronized boolean has(int codePoint) {
        return cmap.getGlyphId(codePoint) != 0;
    }

    /** The advance of one character in ems (multiply by the size for points). */
    public synchronized float advance(int codePoint) {
        return advances.computeIfAbsent(codePoint, cp -> {
            try {
                return font.getAdvanceWidth(cmap.getGlyphId(cp)) / unitsPerEm;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the widths in fonts/" + fileName, e);
            }
        });
    }

    @Override
    public String toString() {
        return fileName;
    }
}
