package org.nightcramp.content.illustration;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The file's text, to turn the XML reader's end-of-tag positions into where a tag or attribute
 * starts: editors like Inkscape put each attribute on its own line.
 */
final class SourceText {

    private final String text;
    private final List<Integer> lineStarts = new ArrayList<>();

    SourceText(String text) {
        this.text = text;
        lineStarts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lineStarts.add(i + 1);
            }
        }
    }

    /** 1-based line and column. */
    record Position(int line, int column) {
    }

    /** Where the tag ending just before {@code end} starts, or {@code end} if it cannot be found. */
    Position tagStart(Position end) {
        int endOffset = offset(end);
        // Attribute values cannot hold a raw '<', so the last one before the end opens the tag.
        int start = endOffset < 0 ? -1 : text.lastIndexOf('<', endOffset - 1);
        return start < 0 ? end : position(start);
    }

    /** Where the attribute {@code qualifiedName} is written in the tag ending before {@code end}. */
    Position attribute(Position end, String qualifiedName) {
        int endOffset = offset(end);
        int start = endOffset < 0 ? -1 : text.lastIndexOf('<', endOffset - 1);
        if (start < 0) {
            return end;
        }
        Matcher m = Pattern.compile("\\s(" + Pattern.quote(qualifiedName) + ")\\s*=")
                .matcher(text).region(start, endOffset);
        return m.find() ? position(m.start(1)) : tagStart(end);
    }

    /** The first non-blank character at or after {@code from}: where an event after blank text starts. */
    Position nonBlankFrom(Position from) {
        int offset = offset(from);
        if (offset < 0) {
            return from;
        }
        while (offset < text.length() && Character.isWhitespace(text.charAt(offset))) {
            offset++;
        }
        return position(offset);
    }

    private int offset(Position p) {
        if (p.line() < 1 || p.line() > lineStarts.size() || p.column() < 1) {
            return -1;
        }
        int offset = lineStarts.get(p.line() - 1) + p.column() - 1;
        return offset <= text.length() ? offset : -1;
    }

    private Position position(int offset) {
        int line = 0;
        while (line + 1 < lineStarts.size() && lineStarts.get(line + 1) <= offset) {
            line++;
        }
        return new Position(line + 1, offset - lineStarts.get(line) + 1);
    }
}
