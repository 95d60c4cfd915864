package org.nightcramp.storage;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Why a stored file could not be used as it was, and where its content was kept.
 *
 * @param kind   what the app did instead
 * @param file   the file that was read
 * @param keptAs where the damaged content was moved so the user can still recover it
 * @param detail file, line, column and the parser's own message: for the log, never shown raw
 */
public record StoreNotice(Kind kind, Path file, Optional<Path> keptAs, String detail) {

    /** What the app did about a file it could not use. */
    public enum Kind {
        /** The file was damaged; the previous save ({@code .bak}) was used and written back. */
        RESTORED_FROM_BACKUP,
        /** The file was damaged and no usable backup existed; defaults are used. */
        RESET_TO_DEFAULTS,
        /** The file could not be read or set aside; defaults are used and nothing was moved. */
        UNREADABLE
    }

    public StoreNotice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(keptAs, "keptAs");
        Objects.requireNonNull(detail, "detail");
    }
}
