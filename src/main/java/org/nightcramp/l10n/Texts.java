package org.nightcramp.l10n;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The one way to turn a message key into words the person reads. Every message is a
 * {@link MessageFormat} pattern, with or without arguments, in Java and in FXML alike, so an
 * apostrophe is written {@code ''} everywhere and renders the same whoever asks for it.
 */
public final class Texts {

    /** The app's UI labels; a locale without its own file gets English, never the JVM's language. */
    public static final String UI_BUNDLE = "org.nightcramp.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    /**
     * @param bundle the messages in one language
     * @param locale how numbers and dates are written, which may be more specific than the
     *               bundle's own locale (en-GB dates with the English words)
     */
    public Texts(ResourceBundle bundle, Locale locale) {
        this.bundle = Objects.requireNonNull(bundle, "bundle");
        this.locale = Objects.requireNonNull(locale, "locale");
    }

    /** The UI labels for a locale. */
    public static Texts ui(Locale locale) {
        return of(UI_BUNDLE, locale);
    }

    /** Any message bundle on the class path, without falling back to the JVM's default language. */
    public static Texts of(String baseName, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(baseName, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Texts(bundle, locale);
    }

    /** The message for a key, formatted with the arguments in this locale. */
    public String text(String key, Object... args) {
        return format(locale, bundle.getString(key), args);
    }

    /** The unformatted pattern, for a model that is formatted later by {@link #format}. */
    public String pattern(String key) {
        return bundle.getString(key);
    }

    /** Whether this bundle defines a key. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public Locale locale() {
        return locale;
    }

    /**
     * The messages as a bundle for FXML's {@code %key}, each already formatted by the same rule as
     * {@link #text}, so a label reads the same whether FXML or Java put it there.
     */
    public ResourceBundle bundle() {
        return new Formatted();
    }

    /** A pattern from elsewhere (a model field) formatted by the one rule. */
    public static String format(Locale locale, String pattern, Object... args) {
        if (pattern.indexOf('{') < 0 && pattern.indexOf('\'') < 0) {
            // Nothing for the rule to do, as for most labels: a MessageFormat would parse the
            // words only to give them back, dozens of times in the first frame alone.
            return pattern;
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    private final class Formatted extends ResourceBundle {
        @Override
        protected Object handleGetObject(String key) {
            return bundle.containsKey(key) ? text(key) : null;
        }

        @Override
        public Enumeration<String> getKeys() {
            return Collections.enumeration(bundle.keySet());
        }

        @Override
        public Locale getLocale() {
            return bundle.getLocale();
        }
    }
}
