package org.nightcramp.app;

import java.util.Locale;
import java.util.Optional;
import org.nightcramp.content.ContentLibrary;
import org.nightcramp.content.Guide;
import org.nightcramp.l10n.Texts;

/**
 * What the window shows in one language: the guide, the UI words and, when the guide had to
 * fall back to English, why. A language switch builds a new session and new views from it.
 */
public record AppSession(String localeTag, Guide guide, Texts texts,
                         Optional<ContentLibrary.Fallback> fallback) {

    public Locale locale() {
        return Locale.forLanguageTag(localeTag);
    }
}
