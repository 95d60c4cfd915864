package org.nightcramp.content.illustration;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamReader;

/** Refuses any element, namespace or attribute outside the spec's subset, naming the first one. */
final class SvgElementChecker {

    private final XMLStreamReader reader;
    private final Locator locator;

    SvgElementChecker(XMLStreamReader reader, Locator locator) {
        this.reader = reader;
        this.locator = locator;
    }

    /**
     * Checks the current start tag's name, namespaces and place under {@code parent} (null for
     * the root).
     */
    void checkElement(String parent) throws IllustrationException {
        String element = qualified(reader.getPrefix(), reader.getLocalName());
        if (parent == null && !element.equals("svg")) {
            throw locator.atElement(IllustrationCode.ROOT_NOT_SVG, element, element);
        }
        if (!SvgVocabulary.SVG_NAMESPACE.equals(reader.getNamespaceURI())) {
            throw locator.atElement(IllustrationCode.NAMESPACE_NOT_ALLOWED, element, element, element,
                    orNone(reader.getNamespaceURI()));
        }
        if (!SvgVocabulary.ELEMENTS.contains(element)) {
            throw locator.atElement(IllustrationCode.ELEMENT_NOT_ALLOWED, element, element,
                    SvgVocabulary.elementList());
        }
        boolean misplaced = parent != null && (element.equals("svg")
                || SvgVocabulary.METADATA.contains(parent)
                || (SvgVocabulary.SHAPES.contains(parent) && !SvgVocabulary.METADATA.contains(element)));
        if (misplaced) {
            throw locator.atElement(IllustrationCode.ELEMENT_MISPLACED, element, element, parent);
        }
    }

    /**
     * Checks every attribute and namespace declaration of the current start tag and returns the
     * attributes by name.
     */
    Map<String, String> attributes(String element) throws IllustrationException {
        Map<String, String> result = new HashMap<>();
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String local = reader.getAttributeLocalName(i);
            String name = qualified(reader.getAttributePrefix(i), local);
            String value = reader.getAttributeValue(i);
            check(element, name, local, reader.getAttributeNamespace(i), value);
            result.put(local, value);
        }
        // After the attributes, so that xlink:href is reported as a link rather than a namespace.
        for (int i = 0; i < reader.getNamespaceCount(); i++) {
            String prefix = reader.getNamespacePrefix(i);
            String uri = reader.getNamespaceURI(i);
            if ((prefix != null && !prefix.isEmpty()) || !SvgVocabulary.SVG_NAMESPACE.equals(uri)) {
                String declaration = prefix == null || prefix.isEmpty() ? "xmlns" : "xmlns:" + prefix;
                throw locator.atAttribute(IllustrationCode.NAMESPACE_NOT_ALLOWED, element, declaration,
                        element, declaration, orNone(uri));
            }
        }
        return result;
    }

    private void check(String element, String name, String local, String namespace, String value)
            throws IllustrationException {
        String lower = local.toLowerCase(Locale.ROOT);
        if (lower.startsWith("on")) {
            throw locator.atAttribute(IllustrationCode.EVENT_ATTRIBUTE, element, name, element, name);
        }
        if (lower.equals("href")) {
            throw locator.atAttribute(IllustrationCode.LINK_ATTRIBUTE, element, name, element, name);
        }
        if (namespace != null && !namespace.isEmpty()) {
            throw locator.atAttribute(IllustrationCode.NAMESPACE_NOT_ALLOWED, element, name, element, name, namespace);
        }
        if (local.equals("style")) {
            throw locator.atAttribute(IllustrationCode.STYLE_ATTRIBUTE, element, name, element, name);
        }
        if (SvgVocabulary.COLOUR_ATTRIBUTES.contains(local)) {
            throw locator.atAttribute(IllustrationCode.COLOUR_ATTRIBUTE, element, name, element, name);
        }
        if (value.toLowerCase(Locale.ROOT).replaceAll("\\s", "").contains("url(")) {
            throw locator.atAttribute(IllustrationCode.URL_NOT_ALLOWED, element, name, element, name);
        }
        if (local.equals("class") && !SvgVocabulary.SHAPES.contains(element)) {
            throw locator.atAttribute(IllustrationCode.CLASS_ON_GROUP, element, name, element, value);
        }
        if (!SvgVocabulary.attributes(element).contains(local)) {
            throw locator.atAttribute(IllustrationCode.ATTRIBUTE_NOT_ALLOWED, element, name, element, name,
                    SvgVocabulary.attributeList(element));
        }
    }

    private static String qualified(String prefix, String local) {
        return prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
    }

    private static String orNone(String uri) {
        return uri == null || uri.isEmpty() ? "-" : uri;
    }
}
