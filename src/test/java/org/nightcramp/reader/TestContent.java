package org.nightcramp.reader;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.nightcramp.content.ClasspathContentSource;
import org.nightcramp.content.ContentLibrary;
import org.nightcramp.content.ContentPaths;
import org.nightcramp.content.ContentSource;
import org.nightcramp.content.Guide;
import org.nightcramp.l10n.Texts;
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

    static Texts texts(String locale) {
        return Texts.ui(Locale.forLanguageTag(locale));
    }

    /** Words that write the key and the arguments, so tests see which word went where. */
    static final Texts KEYS = new Texts(new KeyEcho(), Locale.ENGLISH);

    /** Each English pattern replaced by "[key|{0}|{1}...]" with as many arguments as it takes. */
    private static final class KeyEcho extends java.util.ListResourceBundle {
        @Override
        protected Object[][] getContents() {
            ResourceBundle english = ResourceBundle.getBundle(Texts.UI_BUNDLE, Locale.ROOT);
            return english.keySet().stream().map(key -> new Object[] {key, echo(key, english.getString(key))})
                    .toArray(Object[][]::new);
        }

        private static String echo(String key, String pattern) {
            int args = new java.text.MessageFormat(pattern, Locale.ENGLISH).getFormatsByArgumentIndex().length;
            StringBuilder echo = new StringBuilder("[").append(key);
            for (int i = 0; i < args; i++) {
                echo.append("|{").append(i).append('}');
            }
            return echo.append(']').toString();
        }
    }
}
