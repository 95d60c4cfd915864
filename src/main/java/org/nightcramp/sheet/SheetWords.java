package org.nightcramp.sheet;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The UI bundle in the sheet's language, which may differ from the app's or the console's. */
public record SheetWords(ResourceBundle bundle, Locale locale) {

    /** A message formatted in the sheet's locale; a pattern without arguments is used as is. */
    public String text(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
