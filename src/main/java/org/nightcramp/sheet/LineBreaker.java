package org.nightcramp.sheet;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines that fit a width, measured with the fonts that will draw it. English
 * breaks at spaces; Chinese between any two characters, except that closing punctuation never
 * starts a line and opening punctuation never ends one. A word wider than the line is cut.
 */
public final class LineBreaker {

    /** Characters that must not begin a line (they close something or end a clause). */
    private static final String NO_START = "，。、）」』》】〉〕！？；：…—·％,.;:!?)]}%”’";
    /** Characters that must not end a line (they open something). */
    private static final String NO_END = "（「『《【〈〔([{“‘";

    private LineBreaker() {
    }

    public static List<String> lines(String text, FontChain fonts, double size, double width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.replace('\t', ' ').split("\r?\n", -1)) {
            fill(paragraph.strip(), fonts, size, width, lines);
        }
        return lines;
    }

    private static void fill(String paragraph, FontChain fonts, double size, double width, List<String> lines) {
        StringBuilder line = new StringBuilder();
        for (String segment : segments(paragraph)) {
            String candidate = line + segment;
            if (line.length() == 0 || fonts.width(candidate.stripTrailing(), size) <= width) {
                line.append(segment);
            } else {
                lines.add(line.toString().strip());
                line.setLength(0);
                line.append(segment.stripLeading());
            }
            while (fonts.width(line.toString().stripTrailing(), size) > width && line.length() > 1) {
                int cut = longestFit(line.toString(), fonts, size, width);
                lines.add(line.substring(0, cut));
                line.delete(0, cut);
            }
        }
        lines.add(line.toString().strip());
    }

    /** How many chars of an unbreakable piece fit; at least one character, so lines always advance. */
    private static int longestFit(String text, FontChain fonts, double size, double width) {
        int end = text.offsetByCodePoints(0, 1);
        for (int i = end; i < text.length(); ) {
            int next = text.offsetByCodePoints(i, 1);
            if (fonts.width(text.substring(0, next), size) > width) {
                break;
            }
            end = next;
            i = next;
        }
        return end;
    }

    /** The text cut at every place a line may break; spaces stay at the end of their piece. */
    static List<String> segments(String text) {
        List<String> segments = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int after = i + Character.charCount(cp);
            if (after < text.length() && breakBetween(cp, text.codePointAt(after))) {
                segments.add(text.substring(start, after));
                start = after;
            }
            i = after;
        }
        if (start < text.length()) {
            segments.add(text.substring(start));
        }
        return segments;
    }

    static boolean breakBetween(int before, int after) {
        if (Character.isWhitespace(after)) {
            return false;
        }
        if (Character.isWhitespace(before)) {
            return true;
        }
        if (NO_START.indexOf(after) >= 0 || NO_END.indexOf(before) >= 0) {
            return false;
        }
        // Long addresses and hyphenated words may break after a slash or a hyphen.
        if ((before == '/' && after != '/') || (before == '-' && Character.isLetterOrDigit(after))) {
            return true;
        }
        return isCjk(before) || isCjk(after);
    }

    static boolean isCjk(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF);
    }
}
