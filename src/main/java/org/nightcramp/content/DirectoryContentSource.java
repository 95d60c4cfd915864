package org.nightcramp.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Content read from a folder on disk, for translators working on a copy ({@code --content DIR}). */
public final class DirectoryContentSource implements ContentSource {

    private final Path root;

    public DirectoryContentSource(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public String label() {
        return root.toString();
    }

    @Override
    public List<String> locales() throws IOException {
        try (Stream<Path> children = Files.list(root)) {
            return children
                    .filter(p -> Files.isRegularFile(p.resolve(ContentPaths.GUIDE_FILE)))
                    .map(p -> p.getFileName().toString())
                    .sorted()
                    .toList();
        }
    }

    @Override
    public boolean exists(String relativePath) {
        Path p = resolve(relativePath);
        // A link counts as there: reading it then says where it points, rather than "no file".
        return p != null && Files.isRegularFile(p);
    }

    @Override
    public long size(String relativePath) throws IOException {
        return Files.size(require(relativePath));
    }

    @Override
    public byte[] read(String relativePath, long maxBytes) throws IOException {
        Path p = require(relativePath);
        long size = Files.size(p);
        if (size > maxBytes) {
            throw new ContentTooLargeException(relativePath, size);
        }
        try (InputStream in = Files.newInputStream(p, LinkOption.NOFOLLOW_LINKS)) {
            // Read one byte past the limit in case the file grew after the size check.
            byte[] data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (data.length > maxBytes) {
                throw new ContentTooLargeException(relativePath, data.length);
            }
            return data;
        }
    }

    /**
     * The file's real path. The path's text stays inside the folder whatever the caller checked;
     * the real path must too, so a linked file, or a linked {@code illustrations} or locale
     * folder, cannot bring in a file from elsewhere on the computer.
     */
    private Path require(String relativePath) throws IOException {
        Path p = resolve(relativePath);
        if (p == null || !Files.isRegularFile(p)) {
            throw new java.nio.file.NoSuchFileException(relativePath);
        }
        Path real = p.toRealPath();
        if (!real.startsWith(root.toRealPath())) {
            throw new OutsideContentException(relativePath, real);
        }
        return real;
    }

    /** Null when the path would leave the content folder, whatever the caller checked before. */
    private Path resolve(String relativePath) {
        Path p = root.resolve(relativePath).normalize();
        return p.startsWith(root) ? p : null;
    }
}
