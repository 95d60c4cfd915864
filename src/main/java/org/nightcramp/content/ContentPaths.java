package org.nightcramp.content;

import java.util.Optional;
import java.util.regex.Pattern;

/** The layout of a content folder, and the rule that keeps references inside it. */
public final class ContentPaths {

    public static final String GUIDE_FILE = "guide.json";
    public static final String ILLUSTRATIONS = "illustrations/";
    public static final String FONTS = "fonts/";
    /** The locale every other locale is compared with, and falls back to. */
    public static final String REFERENCE_LOCALE = "en";

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private ContentPaths() {
    }

    public static String guide(String locale) {
        return locale + "/" + GUIDE_FILE;
    }

    /**
     * Why a reference is not a plain file name inside its folder, as a problem code, or empty
     * when it is one. Content may come from anyone, so "../", "/etc" and "http:" never pass.
     */
    public static Optional<String> checkPlainName(String name) {
        if (name.isBlank()) {
            return Optional.of("ref.empty");
        }
        // A drive letter looks like a one-letter URL scheme ("C:"), so it is tested first.
        if (name.matches("^[A-Za-z]:.*")) {
            return Optional.of("ref.absolute");
        }
        if (SCHEME.matcher(name).find() || name.startsWith("//")) {
            return Optional.of("ref.url");
        }
        if (name.startsWith("/") || name.startsWith("\\")) {
            return Optional.of("ref.absolute");
        }
        if (name.contains("..")) {
            return Optional.of("ref.parent");
        }
        if (!PLAIN.matcher(name).matches()) {
            return Optional.of("ref.badChars");
        }
        return Optional.empty();
    }
}
