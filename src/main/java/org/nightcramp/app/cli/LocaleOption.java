package org.nightcramp.app.cli;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code --locale}, checked as a BCP 47 language tag such as {@code en}, {@code zh-CN} or
 * {@code zh-Hans-CN}: a language, an optional script and an optional region, nothing else. The
 * option applies to one run: it is never saved with the settings.
 */
public final class LocaleOption {

    /** Language (2 or 3 letters), script (4 letters), region (2 letters or 3 digits). */
    private static final Pattern TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z]{4})?(-(?:[A-Za-z]{2}|[0-9]{3}))?");

    private LocaleOption() {
    }

    /** True for a well-formed tag that survives {@link Locale#forLanguageTag} unchanged. */
    public static boolean valid(String value) {
        return TAG.matcher(value).matches()
                && Locale.forLanguageTag(value).toLanguageTag().equalsIgnoreCase(value);
    }

    /** The tag asked for on the command line when it is a valid one. */
    public static Optional<String> of(CommandLine cmd) {
        return cmd.locale().filter(LocaleOption::valid);
    }

    /** The value given when it is not a language tag, to be told and ignored. */
    public static Optional<String> rejected(CommandLine cmd) {
        return cmd.locale().filter(v -> !valid(v));
    }

    /** The language's name in the person's language, such as "French" or "法语", with its tag. */
    public static String displayName(String tag, Locale in) {
        String name = Locale.forLanguageTag(tag).getDisplayName(in);
        return name.isEmpty() || name.equalsIgnoreCase(tag) ? tag : name + " (" + tag + ")";
    }
}
