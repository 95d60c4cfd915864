package org.nightcramp.content;

import java.io.IOException;
import java.util.List;

/**
 * Where the guide's files come from: the copy built into the app, or a folder on disk given with
 * {@code --content DIR}. Paths are relative to the content root, with '/' separators, and have
 * already passed {@link ContentPaths#checkPlainName}.
 */
public interface ContentSource {

    /** Shown to people in messages: the folder's path, or "built-in content". */
    String label();

    /** The locale folders that hold a {@code guide.json}, sorted, such as [en, zh-CN]. */
    List<String> locales() throws IOException;

    boolean exists(String relativePath);

    /** Size in bytes, read before the file so oversized files are never decoded. */
    long size(String relativePath) throws IOException;

    /** The whole file; fails with {@link ContentTooLargeException} past {@code maxBytes}. */
    byte[] read(String relativePath, long maxBytes) throws IOException;

    /**
     * True when every rule and reference of this content was checked when the app was built
     * ({@code BundledContentTest} runs the full check in {@code mvn verify}), so reading it need
     * not check it again at every start (some 200 ms of a cold start). False for anything a person
     * can edit.
     */
    default boolean checkedByTheBuild() {
        return false;
    }

    /** Thrown when a file is larger than the limit for its kind. */
    final class ContentTooLargeException extends IOException {
        private final long size;

        public ContentTooLargeException(String path, long size) {
            super(path + " is " + size + " bytes");
            this.size = size;
        }

        public long size() {
            return size;
        }
    }

    /** Thrown when a file in the folder is a link (or lies in a linked folder) that leads outside it. */
    final class OutsideContentException extends IOException {
        private final String link;
        private final transient java.nio.file.Path target;

        public OutsideContentException(String link, java.nio.file.Path target) {
            super(link + " leads outside the content folder, to " + target);
            this.link = link;
            this.target = target;
        }

        /** The path inside the content folder, as the guide names it. */
        public String link() {
            return link;
        }

        public java.nio.file.Path target() {
            return target;
        }
    }
}
