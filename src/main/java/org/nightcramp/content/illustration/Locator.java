package org.nightcramp.content.illustration;

import java.util.Arrays;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamReader;

/** Builds errors that point at the element, attribute or text the reader is on. */
final class Locator {

    private final String fileName;
    private final XMLStreamReader reader;
    private final SourceText source;
    private SourceText.Position previousEnd;

    Locator(String fileName, XMLStreamReader reader, SourceText source) {
        this.fileName = fileName;
        this.reader = reader;
        this.source = source;
        this.previousEnd = current();
    }

    /** Called after each event, so the next event's start is known. */
    void eventDone() {
        previousEnd = current();
    }

    /** The line where the current start tag begins. */
    int elementLine() {
        return source.tagStart(current()).line();
    }

    IllustrationException atElement(IllustrationCode code, String element, Object... args) {
        return error(source.tagStart(current()), element, code, args);
    }

    IllustrationException atAttribute(IllustrationCode code, String element, String attribute, Object... args) {
        return error(source.attribute(current(), attribute), element, code, args);
    }

    /** For something that starts where the previous event ended, such as text or a DOCTYPE. */
    IllustrationException atEventStart(IllustrationCode code, String element, Object... args) {
        return error(source.nonBlankFrom(previousEnd), element, code, args);
    }

    /** A value the geometry code could not read, reported with its attribute and position. */
    IllustrationException atValue(IllustrationSyntaxException e, String element, String attribute) {
        return atAttribute(e.code(), element, attribute, element, attribute, e.index() + 1, e.excerpt());
    }

    private SourceText.Position current() {
        Location l = reader.getLocation();
        return new SourceText.Position(Math.max(0, l.getLineNumber()), Math.max(0, l.getColumnNumber()));
    }

    private IllustrationException error(SourceText.Position at, String element, IllustrationCode code,
                                        Object[] args) {
        return new IllustrationException(fileName, at.line(), at.column(), element, code,
                Arrays.stream(args).map(String::valueOf).toList());
    }
}
