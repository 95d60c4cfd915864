package org.nightcramp.content.illustration;

/**
 * What can be wrong with an illustration file; each key names a message in
 * {@code org/nightcramp/content/problems*.properties}. Codes about an attribute's value take the
 * arguments element, attribute, 1-based character position, excerpt near that position.
 */
public enum IllustrationCode {
    // The file as a whole; arguments: size and limit, or the limit.
    TOO_LARGE("illustration.tooLarge"),
    TOO_MANY_ELEMENTS("illustration.tooManyElements"),
    TOO_DEEP("illustration.tooDeep"),
    // XML features that can reach outside the file or hide content.
    XML_MALFORMED("illustration.xmlMalformed"),
    DOCTYPE("illustration.doctype"),
    ENTITY("illustration.entity"),
    PROCESSING_INSTRUCTION("illustration.processingInstruction"),
    // Elements; arguments start with the element.
    ROOT_NOT_SVG("illustration.rootNotSvg"),
    NAMESPACE_NOT_ALLOWED("illustration.namespaceNotAllowed"),
    ELEMENT_NOT_ALLOWED("illustration.elementNotAllowed"),
    ELEMENT_MISPLACED("illustration.elementMisplaced"),
    TEXT_NOT_ALLOWED("illustration.textNotAllowed"),
    // Attributes; arguments: element, attribute, then any details.
    ATTRIBUTE_NOT_ALLOWED("illustration.attributeNotAllowed"),
    ATTRIBUTE_MISSING("illustration.attributeMissing"),
    STYLE_ATTRIBUTE("illustration.styleAttribute"),
    COLOUR_ATTRIBUTE("illustration.colourAttribute"),
    EVENT_ATTRIBUTE("illustration.eventAttribute"),
    LINK_ATTRIBUTE("illustration.linkAttribute"),
    URL_NOT_ALLOWED("illustration.urlNotAllowed"),
    CLASS_MISSING("illustration.classMissing"),
    CLASS_UNKNOWN("illustration.classUnknown"),
    CLASS_ON_GROUP("illustration.classOnGroup"),
    ID_INVALID("illustration.idInvalid"),
    ID_DUPLICATE("illustration.idDuplicate"),
    // Attribute values; arguments: element, attribute, position, excerpt.
    VIEWBOX_INVALID("illustration.viewBoxInvalid"),
    NUMBER_INVALID("illustration.numberInvalid"),
    NUMBER_NEGATIVE("illustration.numberNegative"),
    POINTS_INVALID("illustration.pointsInvalid"),
    PIVOT_INVALID("illustration.pivotInvalid"),
    PATH_SYNTAX("illustration.pathSyntax"),
    PATH_ARC("illustration.pathArc"),
    PATH_START("illustration.pathStart"),
    TRANSFORM_SYNTAX("illustration.transformSyntax"),
    TRANSFORM_NOT_ALLOWED("illustration.transformNotAllowed");

    private final String key;

    IllustrationCode(String key) {
        this.key = key;
    }

    /** The message key, such as {@code illustration.pathArc}. */
    public String key() {
        return key;
    }
}
