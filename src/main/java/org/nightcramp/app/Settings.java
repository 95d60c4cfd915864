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
 * @param country                where the person is, for the emergency number: an ISO 3166 code
 *                               such as {@code GB}, {@code EU} for the European Union's 112,
 *                               {@value #COUNTRY_NOT_LISTED} when theirs is not in the guide's list,
 *                               or {@code ""} until they are asked (added after schema 1's first
 *                               release; older files read as not yet asked)
 */
public record Settings(int schema, String locale, Theme theme, double textScale,
                       WindowBounds window, boolean disclaimerAcknowledged, String country) {

    public static final int SCHEMA = 1;
    /** The {@link #locale} value that means "use the system language". */
    public static final String SYSTEM_LOCALE = "";
    public static final double MIN_TEXT_SCALE = 0.8;
    public static final double MAX_TEXT_SCALE = 2.0;
    /** The {@link #country} before the person has been asked. */
    public static final String COUNTRY_NOT_CHOSEN = "";
    /** The {@link #country} of someone whose country the guide does not list (ISO's "unknown"). */
    public static final String COUNTRY_NOT_LISTED = "ZZ";

    public Settings {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(country, "country");
    }

    /** Settings from before the country was asked for. */
    public Settings(int schema, String locale, Theme theme, double textScale, WindowBounds window,
                    boolean disclaimerAcknowledged) {
        this(schema, locale, theme, textScale, window, disclaimerAcknowledged, COUNTRY_NOT_CHOSEN);
    }

    /** What a first run starts with. */
    public static Settings defaults() {
        return new Settings(SCHEMA, SYSTEM_LOCALE, Theme.LIGHT, 1.0, WindowBounds.defaults(), false);
    }

    /** True once the person has said where they are, or that their country is not listed. */
    public boolean countryChosen() {
        return !country.isEmpty();
    }

    public Settings withLocale(String newLocale) {
        return new Settings(schema, newLocale, theme, textScale, window, disclaimerAcknowledged, country);
    }

    public Settings withTheme(Theme newTheme) {
        return new Settings(schema, locale, newTheme, textScale, window, disclaimerAcknowledged, country);
    }

    public Settings withTextScale(double newScale) {
        return new Settings(schema, locale, theme, newScale, window, disclaimerAcknowledged, country);
    }

    public Settings withWindow(WindowBounds newWindow) {
        return new Settings(schema, locale, theme, textScale, newWindow, disclaimerAcknowledged, country);
    }

    public Settings withDisclaimerAcknowledged(boolean acknowledged) {
        return new Settings(schema, locale, theme, textScale, window, acknowledged, country);
    }

    /**
     * The same settings with numbers brought into range. A hand-edited text size of 5 is a choice
     * to honour as far as possible, not a reason to throw the whole file away.
     */
    public Settings sanitized() {
        double scale = Double.isFinite(textScale)
                ? Math.min(MAX_TEXT_SCALE, Math.max(MIN_TEXT_SCALE, textScale))
                : 1.0;
        // A hand-edited country that is no region code is as good as not asked: the app asks again.
        String place = country.matches("[A-Z]{2}") ? country : COUNTRY_NOT_CHOSEN;
        return new Settings(schema, locale, theme, scale, window.sanitized(), disclaimerAcknowledged, place);
    }

    public Settings withCountry(String newCountry) {
        return new Settings(schema, locale, theme, textScale, window, disclaimerAcknowledged, newCountry);
    }
}
