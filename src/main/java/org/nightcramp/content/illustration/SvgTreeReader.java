package org.nightcramp.content.illustration;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Walks one document's XML events once, checking each and building the drawing tree. */
final class SvgTreeReader {

    /** An open element; {@code children} is null for elements that cannot hold shapes. */
    private record Frame(String element, String id, Affine transform, Optional<Point> pivot,
                         List<IllustrationNode> children) {
    }

    private final String name;
    private final XMLStreamReader reader;
    private final Locator locator;
    private final SvgElementChecker checker;
    private final Deque<Frame> open = new ArrayDeque<>();
    private final Map<String, Integer> idLines = new HashMap<>();
    private int elementCount;
    private ViewBox viewBox;
    private IllustrationGroup root;

    SvgTreeReader(String name, XMLStreamReader reader, Locator locator) {
        this.name = name;
        this.reader = reader;
        this.locator = locator;
        this.checker = new SvgElementChecker(reader, locator);
    }

    Illustration read() throws XMLStreamException, IllustrationException {
        while (reader.hasNext()) {
            switch (reader.next()) {
                case XMLStreamConstants.START_ELEMENT -> start();
                case XMLStreamConstants.END_ELEMENT -> end();
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> text();
                case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_DECLARATION,
                        XMLStreamConstants.NOTATION_DECLARATION ->
                        throw locator.atEventStart(IllustrationCode.DOCTYPE, "");
                case XMLStreamConstants.ENTITY_REFERENCE ->
                        throw locator.atEventStart(IllustrationCode.ENTITY, currentElement(), reader.getLocalName());
                case XMLStreamConstants.PROCESSING_INSTRUCTION ->
                        throw locator.atEventStart(IllustrationCode.PROCESSING_INSTRUCTION, currentElement(),
                                reader.getPITarget());
                default -> {
                    // Comments and the document's start and end carry nothing to draw.
                }
            }
            locator.eventDone();
        }
        return new Illustration(name, viewBox, root);
    }

    private void start() throws IllustrationException {
        String element = reader.getLocalName();
        if (++elementCount > SvgIllustrationParser.MAX_ELEMENTS) {
            throw locator.atElement(IllustrationCode.TOO_MANY_ELEMENTS, element, SvgIllustrationParser.MAX_ELEMENTS);
        }
        if (open.size() + 1 > SvgIllustrationParser.MAX_DEPTH) {
            throw locator.atElement(IllustrationCode.TOO_DEEP, element, SvgIllustrationParser.MAX_DEPTH);
        }
        Frame parent = open.peek();
        checker.checkElement(parent == null ? null : parent.element());
        SvgValues values = new SvgValues(locator, element, checker.attributes(element));
        String id = values.id();
        if (!id.isEmpty()) {
            Integer firstLine = idLines.putIfAbsent(id, locator.elementLine());
            if (firstLine != null) {
                throw locator.atAttribute(IllustrationCode.ID_DUPLICATE, element, "id", element, id, firstLine);
            }
        }
        if (element.equals("svg")) {
            viewBox = values.viewBox();
        }
        if (SvgVocabulary.SHAPES.contains(element)) {
            parent.children().add(new IllustrationShape(id, values.paletteClass(), values.path(),
                    values.strokeWidth(), values.transform()));
            open.push(new Frame(element, id, Affine.IDENTITY, Optional.empty(), null));
        } else if (SvgVocabulary.METADATA.contains(element)) {
            open.push(new Frame(element, id, Affine.IDENTITY, Optional.empty(), null));
        } else {
            open.push(new Frame(element, id, values.transform(), values.pivot(), new ArrayList<>()));
        }
    }

    private void end() {
        Frame frame = open.pop();
        if (frame.children() == null) {
            return;
        }
        IllustrationGroup group = new IllustrationGroup(frame.id(), frame.transform(), frame.pivot(), frame.children());
        if (open.isEmpty()) {
            root = group;
        } else {
            open.peek().children().add(group);
        }
    }

    private void text() throws IllustrationException {
        boolean blank = reader.isWhiteSpace() || reader.getText().isBlank();
        if (!blank && (open.isEmpty() || !SvgVocabulary.METADATA.contains(open.peek().element()))) {
            throw locator.atEventStart(IllustrationCode.TEXT_NOT_ALLOWED, currentElement(), currentElement());
        }
    }

    private String currentElement() {
        return open.isEmpty() ? "" : open.peek().element();
    }
}
