package org.nightcramp.reader;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/** {@link Labels} read from the UI message bundle. */
public final class BundleLabels implements Labels {

    private final ResourceBundle bundle;
    private final Locale locale;

    public BundleLabels(ResourceBundle bundle) {
        this.bundle = Objects.requireNonNull(bundle, "bundle");
        // The base bundle (messages.properties) is the English one.
        this.locale = bundle.getLocale().equals(Locale.ROOT) ? Locale.ENGLISH : bundle.getLocale();
    }

    @Override
    public String text(ReaderText key) {
        return bundle.getString(key.key());
    }

    @Override
    public String format(ReaderText key, Object... arguments) {
        // The bundle's own locale, so numbers and dates read as the rest of the page does.
        return new MessageFormat(bundle.getString(key.key()), locale).format(arguments);
    }
}
