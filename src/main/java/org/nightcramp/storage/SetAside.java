package org.nightcramp.storage;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Moves a damaged file out of the way under a name that says when, never over an earlier one. */
final class SetAside {

    private static final System.Logger LOG = System.getLogger(SetAside.class.getName());
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    private SetAside() {
    }

    /** Renames {@code path} to {@code <name>.corrupt-<time>}, adding -2, -3... if that is taken. */
    static Path move(Path path, Clock clock) throws IOException {
        String base = path.getFileName() + ".corrupt-" + STAMP.format(LocalDateTime.now(clock));
        for (int n = 1; ; n++) {
            Path candidate = path.resolveSibling(n == 1 ? base : base + "-" + n);
            if (Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try {
                // No REPLACE_EXISTING: an earlier damaged copy must never be overwritten.
                return Files.move(path, candidate);
            } catch (FileAlreadyExistsException raced) {
                LOG.log(Level.DEBUG, "{0} appeared meanwhile; trying the next name", candidate);
            }
        }
    }
}
