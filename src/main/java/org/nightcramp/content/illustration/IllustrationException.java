package org.nightcramp.content.illustration;

import java.util.List;
import org.nightcramp.content.ContentProblem;

/**
 * An illustration file the app refuses, with where and why as a message code and arguments so
 * the reader sees it in their own language.
 */
public final class IllustrationException extends Exception {

    private final String fileName;
    private final int line;
    private final int column;
    private final String element;
    private final IllustrationCode code;
    private final List<String> args;

    /**
     * @param line    1-based, or 0 when the whole file is meant
     * @param column  1-based, or 0 when unknown
     * @param element the element at fault without brackets, or ""
     */
    public IllustrationException(String fileName, int line, int column, String element,
                                 IllustrationCode code, List<String> args) {
        super(fileName + ":" + line + ":" + column + ": " + code.key() + " " + args);
        this.fileName = fileName;
        this.line = line;
        this.column = column;
        this.element = element;
        this.code = code;
        this.args = List.copyOf(args);
    }

    public String fileName() {
        return fileName;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The element at fault, such as {@code path}, or "" when the whole file is meant. */
    public String element() {
        return element;
    }

    public IllustrationCode code() {
        return code;
    }

    public List<String> args() {
        return args;
    }

    /** The same problem for the content checker, against a file named relative to the content folder. */
    public ContentProblem toProblem(String relativeFile) {
        String where = element.isEmpty() ? "" : "<" + element + ">";
        return new ContentProblem(relativeFile, where, line, column, code.key(), args);
    }
}
