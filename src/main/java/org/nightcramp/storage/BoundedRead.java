package org.nightcramp.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads a data file only when it is a regular file of at most a given size. A pipe in its place
 * would block the read forever and a link to {@code /dev/zero} would never end, and a device or
 * {@code /proc} file reports a size of 0, so the size is counted as the bytes arrive.
 */
public final class BoundedRead {

    private BoundedRead() {
    }

    /**
     * The file's bytes.
     *
     * @throws java.nio.file.NoSuchFileException when there is no file (nor a dangling link's target)
     * @throws RefusedFile when it is not a regular file (links are followed) or holds more than {@code maxBytes}
     */
    public static byte[] bytes(Path file, long maxBytes) throws IOException {
        if (maxBytes < 0 || maxBytes >= Integer.MAX_VALUE) {
            throw new IllegalArgumentException("limit " + maxBytes);
        }
        // Checked before opening: opening a pipe for reading waits for a writer.
        if (!Files.readAttributes(file, BasicFileAttributes.class).isRegularFile()) {
            throw new RefusedFile(file, RefusedFile.Reason.NOT_A_FILE, maxBytes);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] data = in.readNBytes((int) maxBytes + 1);
            if (data.length > maxBytes) {
                throw new RefusedFile(file, RefusedFile.Reason.TOO_LARGE, maxBytes);
            }
            return data;
        }
    }
}
