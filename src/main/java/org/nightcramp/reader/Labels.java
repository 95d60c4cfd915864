package org.nightcramp.reader;

/** The reader's UI words, so the document builder and view model need no resource bundle. */
public interface Labels {

    /** The plain text of a word or heading. */
    String text(ReaderText key);

    /** A {@link java.text.MessageFormat} pattern filled with arguments. */
    String format(ReaderText key, Object... arguments);
}
