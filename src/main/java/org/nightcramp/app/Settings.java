package org.nightcramp.app;

import java.util.Objects;

/**
 * What the user chose, kept between runs in {@code settings.json}.
 *
 * @param schema                 version of the file's layout, {@value #SCHEMA}
 * @param locale                 BCP 47 tag such as {@code en} or {@code zh-CN}; {@code ""} follows
 *                               the system language
 * @param textScale              text size relative to normal, from {@value #MIN_TEXT_SCALE} to
 *                               {@value #MAX_TEXT_SCALE}
 * @param disclaimerAcknowledged whether the user has read and accepted the medical disclaimer
 */
public record Settings(int schema, String locale, Theme theme, double textScale,
                       WindowBounds window, boolean disclaimerAcknowledged) {

    public static final int SCHEMA = 1;
    /** The {@link #locale} value that means "use the system language". */
    public static final String SYSTEM_LOCALE = "";
    public static final double MIN_TEXT_SCALE = 0.8;
    public static final double MAX_TEXT_SCALE = 2.0;

    public Settings {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(window, "window");
    }

    /** What a first run starts with. */
    public static Settings defaults() {
        return new Settings(SCHEMA, SYSTEM_LOCALE, Theme.LIGHT, 1.0, WindowBounds.defaults(), false);
    }

    public Settings withLocale(String newLocale) {
        return new Settings(schema, newLocale, theme, textScale, window, disclaimerAcknowledged);
    }

    public Settings withTheme(Theme newTheme) {
        return new Settings(schema, locale, newTheme, textScale, window, disclaimerAcknowledged);
    }

    public Settings withTextScale(double newScale) {
        return new Settings(schema, locale, theme, newScale, window, disclaimerAcknowledged);
    }

    public Settings withWindow(WindowBounds newWindow) {
        return new Settings(schema, locale, theme, textScale, newWindow, disclaimerAcknowledged);
    }

    public Settings withDisclaimerAcknowledged(boolean acknowledged) {
        return new Settings(schema, locale, theme, textScale, window, acknowledged);
    }

    /**
     * The same settings with numbers brought into range. A hand-edited text size of 5 is a choice
     * to honour as far as possible, not a reason to throw the whole file away.
     */
    public Settings sanitized() {
        double scale = Double.isFinite(textScale)
                ? Math.min(MAX_TEXT_SCALE, Math.max(MIN_TEXT_SCALE, textScale))
                : 1.0;
        return new Settings(schema, locale, theme, scale, window.sanitized(), disclaimerAcknowledged);
    }
}
