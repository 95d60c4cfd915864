package org.nightcramp.content;

import java.util.Optional;

/**
 * Text that is not valid Unicode, or holds control characters: JSON lets {@code "\ud800"} and
 * {@code "\u0000"} through as escapes, but neither can be shown, spoken, searched or put in a PDF.
 */
final class TextChars {

    /** The first bad character: its problem code, its code unit as U+XXXX, and its index in the text. */
    record Bad(String code, String codeUnit, int index) {
    }

    private TextChars() {
    }

    static Optional<Bad> firstBad(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of(new Bad("text.loneSurrogate", hex(c), i));
            } else if (Character.getType(c) == Character.CONTROL && c != '\n' && c != '\t') {
                return Optional.of(new Bad("text.controlChar", hex(c), i));
            }
        }
        return Optional.empty();
    }

    private static String hex(char c) {
        return String.format("U+%04X", (int) c);
    }
}
