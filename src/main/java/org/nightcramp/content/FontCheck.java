package org.nightcramp.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Optional;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Checks that a file is a TrueType font the sheet can draw with. The table directory and the
 * character map are measured first, by hand, because a few hundred bytes of cmap can ask FontBox
 * for billions of entries (a "zip bomb" font); only a font that passes is given to FontBox.
 */
public final class FontCheck {

    /** Real fonts have a few dozen tables. */
    private static final int MAX_TABLES = 64;
    /** Every Unicode code point once: a cmap that maps more is not a font, whatever it claims. */
    private static final long MAX_MAPPED = 0x110000;
    private static final int TRUETYPE = 0x00010000;
    private static final int APPLE_TRUE = 0x74727565;
    private static final int OPENTYPE_CFF = 0x4F54544F;

    private FontCheck() {
    }

    /** Why the font cannot be used, as a problem against {@code file}, or empty when it can. */
    public static Optional<ContentProblem> check(String file, byte[] data) {
        try {
            return structure(file, ByteBuffer.wrap(data)).or(() -> parse(file, data));
        } catch (RuntimeException e) {
            // Offsets that point past the end, negative counts: the file is not what it says.
            return Optional.of(ContentProblem.of(file, "", "font.broken", String.valueOf(e.getMessage())));
        }
    }

    private static Optional<ContentProblem> structure(String file, ByteBuffer b) {
        if (b.capacity() < 12) {
            return Optional.of(ContentProblem.of(file, "", "font.notTrueType"));
        }
        int version = b.getInt(0);
        if (version == OPENTYPE_CFF) {
            return Optional.of(ContentProblem.of(file, "", "font.cff"));
        }
        if (version != TRUETYPE && version != APPLE_TRUE) {
            return Optional.of(ContentProblem.of(file, "", "font.notTrueType"));
        }
        int tables = b.getShort(4) & 0xFFFF;
        if (tables == 0 || tables > MAX_TABLES || 12 + 16L * tables > b.capacity()) {
            return Optional.of(ContentProblem.of(file, "", "font.broken", tables + " tables"));
        }
        for (int i = 0; i < tables; i++) {
            int entry = 12 + 16 * i;
            String tag = tag(b, entry);
            long offset = b.getInt(entry + 8) & 0xFFFFFFFFL;
            long length = b.getInt(entry + 12) & 0xFFFFFFFFL;
            if (offset + length > b.capacity()) {
                return Optional.of(ContentProblem.of(file, "", "font.truncated", tag));
            }
            if (tag.equals("cmap") && mapped(b, (int) offset, (int) length) > MAX_MAPPED) {
                return Optional.of(ContentProblem.of(file, "", "font.cmapTooLarge"));
            }
        }
        return Optional.empty();
    }

    /** How many characters the cmap's long-form subtables (formats 12 and 13) claim to map. */
    private static long mapped(ByteBuffer b, int cmap, int length) {
        int subtables = b.getShort(cmap + 2) & 0xFFFF;
        long total = 0;
        for (int i = 0; i < subtables && 4 + 8 * i + 8 <= length; i++) {
            long at = cmap + (b.getInt(cmap + 4 + 8 * i + 4) & 0xFFFFFFFFL);
            if (at + 16 > b.capacity()) {
                continue;
            }
            int format = b.getShort((int) at) & 0xFFFF;
            if (format != 12 && format != 13) {
                continue;
            }
            long groups = b.getInt((int) at + 12) & 0xFFFFFFFFL;
            if (at + 16 + 12 * groups > b.capacity()) {
                return Long.MAX_VALUE;
            }
            for (long g = 0; g < groups; g++) {
                int group = (int) (at + 16 + 12 * g);
                long start = b.getInt(group) & 0xFFFFFFFFL;
                long end = b.getInt(group + 4) & 0xFFFFFFFFL;
                total += end >= start ? end - start + 1 : 0;
                if (total > MAX_MAPPED) {
                    return total;
                }
            }
        }
        return total;
    }

    private static Optional<ContentProblem> parse(String file, byte[] data) {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(data))) {
            if (font.getNumberOfGlyphs() < 1 || font.getHorizontalHeader() == null
                    || font.getHorizontalMetrics() == null || font.getUnitsPerEm() < 16) {
                return Optional.of(ContentProblem.of(file, "", "font.broken", "no glyphs or metrics"));
            }
            if (font.getUnicodeCmapLookup() == null) {
                return Optional.of(ContentProblem.of(file, "", "font.noUnicode"));
            }
            if (font.getOS2Windows() != null && !embeddable(font.getOS2Windows().getFsType())) {
                return Optional.of(ContentProblem.of(file, "", "font.noEmbedding"));
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of(ContentProblem.of(file, "", "font.broken", String.valueOf(e.getMessage())));
        }
    }

    /** The PDF embeds a subset of each font; a licence that forbids it (OpenType fsType) rules the font out. */
    private static boolean embeddable(int fsType) {
        boolean restricted = (fsType & 0x000F) == 0x0002;
        boolean bitmapOnly = (fsType & 0x0200) != 0;
        return !restricted && !bitmapOnly;
    }

    private static String tag(ByteBuffer b, int at) {
        char[] c = new char[4];
        for (int i = 0; i < 4; i++) {
            c[i] = (char) (b.get(at + i) & 0xFF);
        }
        return new String(c).trim();
    }
}
