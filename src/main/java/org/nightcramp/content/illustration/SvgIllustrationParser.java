package org.nightcramp.content.illustration;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an illustration from the spec's safe SVG subset. Files come from translators' content
 * folders, so they are untrusted: no DTDs, entities or processing instructions, hard size limits,
 * and only whitelisted elements and attributes. Anything else is refused with a located code.
 */
public final class SvgIllustrationParser {

    /** Largest file accepted, checked before parsing; the spec asks for under 40 KB. */
    public static final int MAX_BYTES = 256 * 1024;
    /** Most elements accepted; the spec asks for under 400. */
    public static final int MAX_ELEMENTS = 2000;
    /** Deepest element nesting accepted, counting the root. */
    public static final int MAX_DEPTH = 32;

    private static final System.Logger LOG = System.getLogger(SvgIllustrationParser.class.getName());

    private final XMLInputFactory factory;

    public SvgIllustrationParser() {
        // The JDK's own implementation, whatever else is on the class path, so the settings hold.
        factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("External resources are never loaded: " + systemId);
        });
    }

    /**
     * @param fileName the file's name, such as {@code toe-pull.svg}; it names the illustration
     *                 and the errors
     */
    public Illustration parse(String fileName, byte[] data) throws IllustrationException {
        if (data.length > MAX_BYTES) {
            throw new IllustrationException(fileName, 0, 0, "", IllustrationCode.TOO_LARGE,
                    List.of(String.valueOf(data.length), String.valueOf(MAX_BYTES)));
        }
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new ByteArrayInputStream(data));
            SourceText source = new SourceText(new String(data, charset(reader.getEncoding())));
            return new SvgTreeReader(nameOf(fileName), reader, new Locator(fileName, reader, source)).read();
        } catch (XMLStreamException e) {
            LOG.log(System.Logger.Level.DEBUG, "Unreadable XML in " + fileName, e);
            int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
            int column = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getColumnNumber());
            throw new IllustrationException(fileName, line, column, "", IllustrationCode.XML_MALFORMED,
                    List.of(detail(e)));
        } finally {
            close(reader);
        }
    }

    private static String nameOf(String fileName) {
        String base = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        return base.toLowerCase(Locale.ROOT).endsWith(".svg") ? base.substring(0, base.length() - 4) : base;
    }

    private static Charset charset(String encoding) {
        try {
            return encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    /** The XML parser's own explanation without its "ParseError at [row,col]" prefix. */
    private static String detail(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int at = message.indexOf("Message: ");
        return (at >= 0 ? message.substring(at + "Message: ".length()) : message).strip();
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                LOG.log(System.Logger.Level.DEBUG, "Could not close the XML reader", e);
            }
        }
    }
}
