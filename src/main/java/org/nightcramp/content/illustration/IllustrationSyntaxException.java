package org.nightcramp.content.illustration;

/**
 * A value inside an attribute (path data, a transform list, a number) that cannot be read. It
 * knows where in the value the trouble starts; the SVG parser adds the element and file.
 */
public final class IllustrationSyntaxException extends IllegalArgumentException {

    private static final int EXCERPT_CHARS = 24;

    private final IllustrationCode code;
    private final int index;
    private final String input;

    /**
     * @param index 0-based position in {@code input} where reading failed
     */
    public IllustrationSyntaxException(IllustrationCode code, int index, String input) {
        super(code.key() + " at character " + (index + 1) + " near \"" + excerpt(input, index) + "\"");
        this.code = code;
        this.index = index;
        this.input = input;
    }

    public IllustrationCode code() {
        return code;
    }

    /** 0-based position in the value where reading failed. */
    public int index() {
        return index;
    }

    public String input() {
        return input;
    }

    /** A short piece of the value starting just before the failure, to quote in a message. */
    public String excerpt() {
        return excerpt(input, index);
    }

    static String excerpt(String input, int index) {
        if (input.length() <= EXCERPT_CHARS) {
            return input.strip();
        }
        int from = Math.max(0, Math.min(index, input.length()) - 4);
        int to = Math.min(input.length(), from + EXCERPT_CHARS);
        return (from > 0 ? "…" : "") + input.substring(from, to).strip()
                + (to < input.length() ? "…" : "");
    }
}
