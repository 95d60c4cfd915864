package org.nightcramp.app;

import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.nightcramp.content.ContentLibrary;
import org.nightcramp.content.Guide;

/**
 * What the window shows in one language: the guide, the UI bundle and, when the guide had to
 * fall back to English, why. A language switch builds a new session and new views from it.
 */
public record AppSession(String localeTag, Guide guide, ResourceBundle bundle,
                         Optional<ContentLibrary.Fallback> fallback) {

    public Locale locale() {
        return Locale.forLanguageTag(localeTag);
    }

    /** A UI message formatted with the session's locale. */
    public String text(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new java.text.MessageFormat(pattern, locale()).format(args);
    }
}
