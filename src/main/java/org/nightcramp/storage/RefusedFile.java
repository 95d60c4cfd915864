package org.nightcramp.storage;

import java.io.IOException;
import java.nio.file.Path;

/** A data file that is there but that the app will not read: not a regular file, or too large. */
public final class RefusedFile extends IOException {

    /** Why the file was refused. */
    public enum Reason {
        /** A folder, a pipe, a device, or a link to one: reading could block or never end. */
        NOT_A_FILE,
        /** Larger than the limit for its kind of file. */
        TOO_LARGE
    }

    private final transient Path file;
    private final Reason reason;
    private final long limit;

    RefusedFile(Path file, Reason reason, long limit) {
        super(file + (reason == Reason.NOT_A_FILE ? ": not a regular file"
                : ": larger than the " + limit + " bytes allowed for it"));
        this.file = file;
        this.reason = reason;
        this.limit = limit;
    }

    public Path file() {
        return file;
    }

    public Reason reason() {
        return reason;
    }

    /** The most bytes a file of this kind may hold. */
    public long limit() {
        return limit;
    }
}
