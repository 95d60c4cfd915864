package org.nightcramp.app;

import java.util.Locale;
import java.util.ResourceBundle;

/** The UI message bundle: every label, button and notice the app shows outside the guide. */
public final class Messages {

    public static final String BUNDLE = "org.nightcramp.messages";

    private Messages() {
    }

    public static ResourceBundle bundle(Locale locale) {
        // Without a matching bundle, show English rather than the JVM's default language.
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
