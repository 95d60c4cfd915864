package org.nightcramp.l10n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The one formatting rule, including its short way for words with nothing to format. */
class TextsTest {

    @Test
    void everyMessageReadsAsMessageFormatWouldHaveIt() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
            ResourceBundle bundle = ResourceBundle.getBundle(Texts.UI_BUNDLE, locale);
            for (String key : bundle.keySet()) {
                String pattern = bundle.getString(key);
                assertEquals(new MessageFormat(pattern, locale).format(new Object[] {1, 2, 3, 4}),
                        Texts.format(locale, pattern, 1, 2, 3, 4), locale + " " + key);
            }
        }
    }

    @Test
    void apostrophesAndArgumentsStillGoThroughTheRule() {
        assertEquals("It's late", Texts.format(Locale.ENGLISH, "It''s late"));
        assertEquals("{0} as written", Texts.format(Locale.ENGLISH, "'{0}' as written", 3));
        assertEquals("3 nights", Texts.format(Locale.ENGLISH, "{0} nights", 3));
        assertEquals("Plain words, kept", Texts.format(Locale.ENGLISH, "Plain words, kept", 3));
    }
}
