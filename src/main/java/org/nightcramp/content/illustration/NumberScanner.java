package org.nightcramp.content.illustration;

/**
 * Reads SVG numbers and separators from an attribute value. Java's own number parsing accepts
 * "NaN", "Infinity", hex and type suffixes, so the SVG grammar is checked here first.
 */
final class NumberScanner {

    private final String text;
    private final IllustrationCode errorCode;
    private int pos;

    NumberScanner(String text, IllustrationCode errorCode) {
        this.text = text;
        this.errorCode = errorCode;
    }

    int position() {
        return pos;
    }

    String text() {
        return text;
    }

    boolean atEnd() {
        return pos >= text.length();
    }

    /** The next character, or 0 at the end. */
    char peek() {
        return atEnd() ? 0 : text.charAt(pos);
    }

    void advance() {
        pos++;
    }

    void skipWhitespace() {
        while (!atEnd() && isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    /** Skips whitespace with at most one comma in it; returns whether a comma was skipped. */
    boolean skipSeparator() {
        skipWhitespace();
        if (peek() == ',') {
            pos++;
            skipWhitespace();
            return true;
        }
        return false;
    }

    boolean atNumber() {
        char c = peek();
        return (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+';
    }

    /** Reads one number at the current position, failing there if none is present. */
    double number() {
        int start = pos;
        if (peek() == '+' || peek() == '-') {
            pos++;
        }
        int integerDigits = digits();
        int fractionDigits = 0;
        if (peek() == '.') {
            pos++;
            fractionDigits = digits();
        }
        if (integerDigits + fractionDigits == 0) {
            throw error(start);
        }
        if (peek() == 'e' || peek() == 'E') {
            int mark = pos;
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            if (digits() == 0) {
                // Not an exponent after all; let the caller decide what the 'e' means.
                pos = mark;
            }
        }
        double value = Double.parseDouble(text.substring(start, pos));
        if (!Double.isFinite(value)) {
            throw error(start);
        }
        return value;
    }

    IllustrationSyntaxException error(int at) {
        return new IllustrationSyntaxException(errorCode, at, text);
    }

    IllustrationSyntaxException error() {
        return error(pos);
    }

    private int digits() {
        int start = pos;
        while (!atEnd() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
            pos++;
        }
        return pos - start;
    }

    static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    /** A whole attribute value that must be exactly one number, with optional surrounding space. */
    static double single(String value, IllustrationCode errorCode) {
        NumberScanner scanner = new NumberScanner(value, errorCode);
        scanner.skipWhitespace();
        double number = scanner.number();
        scanner.skipWhitespace();
        if (!scanner.atEnd()) {
            throw scanner.error();
        }
        return number;
    }

    /** A whole attribute value that is a list of numbers separated by whitespace or commas. */
    static double[] list(String value, IllustrationCode errorCode) {
        NumberScanner scanner = new NumberScanner(value, errorCode);
        java.util.List<Double> numbers = new java.util.ArrayList<>();
        scanner.skipWhitespace();
        while (!scanner.atEnd()) {
            numbers.add(scanner.number());
            if (scanner.skipSeparator() && !scanner.atNumber()) {
                throw scanner.error();
            }
        }
        return numbers.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
