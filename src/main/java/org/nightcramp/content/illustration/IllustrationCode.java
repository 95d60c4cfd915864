package org.nightcramp.content.illustration;

/**
 * What can be wrong with an illustration file; each key names a message in
 * {@code org/nightcramp/content/problems*.properties}. Codes about an attribute's value take the
 * arguments element, attribute, 1-based character position, excerpt near that position.
 */
public enum IllustrationCode {
    PATH_SYNTAX("illustration.pathSyntax"),
    PATH_ARC("illustration.pathArc"),
    PATH_START("illustration.pathStart"),
    TRANSFORM_SYNTAX("illustration.transformSyntax"),
    TRANSFORM_NOT_ALLOWED("illustration.transformNotAllowed"),
    NUMBER_INVALID("illustration.numberInvalid");

    private final String key;

    IllustrationCode(String key) {
        this.key = key;
    }

    /** The message key, such as {@code illustration.pathArc}. */
    public String key() {
        return key;
    }
}
