package org.nightcramp.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;

/** Broken TrueType files made from the bundled Noto Sans, for the font checks and their consumers. */
public final class BadFonts {

    public static final String REGULAR = ContentPaths.FONTS + "NotoSans-Regular.ttf";

    private BadFonts() {
    }

    public static byte[] regular() throws IOException {
        return new ClasspathContentSource().read(REGULAR, ReferenceChecker.MAX_FONT_BYTES);
    }

    /** The first bytes only: the table directory points past the end. */
    public static byte[] truncated() throws IOException {
        return Arrays.copyOf(regular(), 30_000);
    }

    /** A real font whose licence bits (OS/2 fsType) say it may not be embedded. */
    public static byte[] restricted() throws IOException {
        ByteBuffer font = ByteBuffer.wrap(regular());
        int tables = font.getShort(4) & 0xFFFF;
        for (int i = 0; i < tables; i++) {
            int entry = 12 + 16 * i;
            if (font.getInt(entry) == 0x4F532F32) {
                font.putShort(font.getInt(entry + 8) + 8, (short) 0x0002);
            }
        }
        return font.array();
    }

    /**
     * A real font whose character map is replaced by a few kilobytes of format 12 groups that each
     * map all of Unicode: parsed as it stands it would make FontBox map billions of characters.
     */
    public static byte[] cmapBomb(int groups) throws IOException {
        byte[] font = regular();
        int cmapLength = 4 + 8 + 16 + 12 * groups;
        int offset = (font.length + 3) & ~3;
        ByteBuffer out = ByteBuffer.allocate(offset + cmapLength);
        out.put(font);
        out.position(offset);
        out.putShort((short) 0).putShort((short) 1);
        out.putShort((short) 3).putShort((short) 10).putInt(12);
        out.putShort((short) 12).putShort((short) 0).putInt(16 + 12 * groups).putInt(0).putInt(groups);
        for (int g = 0; g < groups; g++) {
            out.putInt(0).putInt(0x10FFFF).putInt(1);
        }
        int tables = out.getShort(4) & 0xFFFF;
        for (int i = 0; i < tables; i++) {
            int entry = 12 + 16 * i;
            if (out.getInt(entry) == 0x636D6170) {
                out.putInt(entry + 8, offset).putInt(entry + 12, cmapLength);
            }
        }
        return out.array();
    }
}
