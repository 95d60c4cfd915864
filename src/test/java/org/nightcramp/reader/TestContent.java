package org.nightcramp.reader;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.nightcramp.app.Messages;
import org.nightcramp.content.ClasspathContentSource;
import org.nightcramp.content.ContentLibrary;
import org.nightcramp.content.ContentPaths;
import org.nightcramp.content.ContentSource;
import org.nightcramp.content.Guide;
import org.nightcramp.storage.StrictJson;

/** The real built-in guides and UI bundles, and labels that show keys instead of words. */
final class TestContent {

    private TestContent() {
    }

    static Guide guide(String locale) {
        try {
            ContentLibrary.Loaded loaded = new ContentLibrary(new PendingIllustrations(new ClasspathContentSource()), StrictJson.create())
                    .load(locale);
            if (loaded.fallback().isPresent()) {
                throw new AssertionError("The " + locale + " guide fell back to English: " + loaded.fallback().get());
            }
            return loaded.guide();
        } catch (ContentLibrary.ContentUnavailableException e) {
            throw new AssertionError("The built-in guide cannot be read: " + e.problems(), e);
        }
    }

    /**
     * The built-in content, with illustration files that are not there yet treated as present:
     * content/illustrations/ arrives with the illustration work, and the reader never reads them
     * itself (the app passes a renderer). Real files, once there, are served as they are.
     */
    private record PendingIllustrations(ContentSource delegate) implements ContentSource {
        @Override
        public String label() {
            return delegate.label();
        }

        @Override
        public List<String> locales() throws IOException {
            return delegate.locales();
        }

        @Override
        public boolean exists(String relativePath) {
            return delegate.exists(relativePath) || pending(relativePath);
        }

        @Override
        public long size(String relativePath) throws IOException {
            return pending(relativePath) ? 0 : delegate.size(relativePath);
        }

        @Override
        public byte[] read(String relativePath, long maxBytes) throws IOException {
            return pending(relativePath) ? new byte[0] : delegate.read(relativePath, maxBytes);
        }

        private boolean pending(String relativePath) {
            return relativePath.startsWith(ContentPaths.ILLUSTRATIONS) && !delegate.exists(relativePath);
        }
    }

    static ResourceBundle bundle(String locale) {
        return Messages.bundle(Locale.forLanguageTag(locale));
    }

    /** Labels that write the key and the arguments, so tests see which word went where. */
    static final Labels KEYS = new Labels() {
        @Override
        public String text(ReaderText key) {
            return "[" + key.name() + "]";
        }

        @Override
        public String format(ReaderText key, Object... arguments) {
            return "[" + key.name() + Arrays.stream(arguments).map(a -> "|" + a).collect(Collectors.joining()) + "]";
        }
    };
}
