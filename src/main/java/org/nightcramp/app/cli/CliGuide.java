package org.nightcramp.app.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Optional;
import org.nightcramp.content.ContentLibrary;
import org.nightcramp.content.ContentPaths;
import org.nightcramp.content.ContentSource;
import org.nightcramp.content.Guide;
import org.nightcramp.l10n.Texts;

/**
 * The guide a console command works from: the language of a valid {@code --locale}, else the
 * computer's. A bad tag, a language with no guide and a missing content folder are told on
 * {@code err}; only the last stops the command.
 */
final class CliGuide {

    private CliGuide() {
    }

    /** The guide, or empty once the reason has been told (exit code 1). */
    static Optional<Guide> load(CommandLine cmd, ContentSource source, ContentLibrary library, PrintStream err,
                                Locale uiLocale) {
        Texts texts = Texts.ui(uiLocale);
        if (cmd.contentDir().isPresent() && !Files.isDirectory(cmd.contentDir().get())) {
            err.println(texts.text("cli.notAFolder", cmd.contentDir().get().toAbsolutePath()));
            return Optional.empty();
        }
        LocaleOption.rejected(cmd).ifPresent(bad -> err.println(texts.text("cli.localeBad", bad)));
        Optional<String> asked = LocaleOption.of(cmd);
        String wanted = asked.orElse(Locale.getDefault().toLanguageTag());
        Optional<String> folder = library.bestMatch(wanted);
        ContentLibrary.Loaded loaded;
        try {
            loaded = library.load(folder.orElse(ContentPaths.REFERENCE_LOCALE));
        } catch (ContentLibrary.ContentUnavailableException e) {
            err.println(texts.text("sheet.cli.contentUnavailable", source.label(), e.problems().size()));
            return Optional.empty();
        }
        String used = LocaleOption.displayName(loaded.guide().meta().locale(), uiLocale);
        if (asked.isPresent() && folder.isEmpty()) {
            err.println(texts.text("cli.localeMissing", LocaleOption.displayName(asked.get(), uiLocale), used));
        } else if (asked.isPresent() && loaded.fallback().isPresent()) {
            err.println(texts.text("cli.localeInvalid", LocaleOption.displayName(asked.get(), uiLocale),
                    loaded.fallback().get().problems().size(), used));
        }
        return Optional.of(loaded.guide());
    }
}
