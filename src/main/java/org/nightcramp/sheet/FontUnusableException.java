package org.nightcramp.sheet;

import java.util.Locale;
import org.nightcramp.content.ContentProblem;

/** A font the sheet needs cannot be read or used; the problem names the file and what is wrong. */
public final class FontUnusableException extends RuntimeException {

    private final transient ContentProblem problem;

    public FontUnusableException(ContentProblem problem, Throwable cause) {
        super(problem.describe(Locale.ENGLISH), cause);
        this.problem = problem;
    }

    /** The font file, relative to the content folder, and what is wrong with it. */
    public ContentProblem problem() {
        return problem;
    }
}
