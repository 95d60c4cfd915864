package org.nightcramp.app.cli;

import org.nightcramp.l10n.Texts;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.Locale;
import org.nightcramp.content.ClasspathContentSource;
import org.nightcramp.content.ContentLibrary;
import org.nightcramp.content.ContentSource;
import org.nightcramp.content.DirectoryContentSource;
import org.nightcramp.content.Guide;
import org.nightcramp.reminder.ReminderCalendar;
import org.nightcramp.reminder.ReminderText;
import org.nightcramp.storage.StrictJson;

/**
 * {@code --export-reminder OUT.ics --time HH:MM [--locale TAG]}: the bedtime reminder as an
 * iCalendar file for any calendar, without a window. Exit codes as for {@code --export-sheet}.
 */
public final class ExportReminderCommand {

    private static final System.Logger LOG = System.getLogger(ExportReminderCommand.class.getName());

    private final PrintStream out;
    private final PrintStream err;
    private final Locale locale;
    private final Clock clock;

    /** @param clock the time zone and the moment the event starts after */
    ExportReminderCommand(PrintStream out, PrintStream err, Locale locale, Clock clock) {
        this.out = out;
        this.err = err;
        this.locale = locale;
        this.clock = clock;
    }

    int run(CommandLine cmd) {
        ReminderExportOptions options = cmd.exportReminder().orElseThrow();
        Path target = options.output().toAbsolutePath();
        if (!options.force() && Files.exists(target)) {
            return fail(ConsoleCommands.USAGE, "sheet.cli.exists", target);
        }
        ContentSource source = cmd.contentDir().<ContentSource>map(DirectoryContentSource::new)
                .orElseGet(ClasspathContentSource::new);
        ContentLibrary library = new ContentLibrary(source, StrictJson.create());
        java.util.Optional<Guide> loaded = CliGuide.load(cmd, source, library, err, locale);
        if (loaded.isEmpty()) {
            return ConsoleCommands.PROBLEMS;
        }
        Guide guide = loaded.get();
        Locale language = Locale.forLanguageTag(guide.meta().locale());
        try {
            String ics = ReminderCalendar.ics(options.time(), clock.getZone(), clock.instant(),
                    ReminderText.of(guide, Texts.ui(language)));
            write(target, ics, options.force());
        } catch (FileAlreadyExistsException e) {
            return fail(ConsoleCommands.USAGE, "sheet.cli.exists", target);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "Cannot write the reminder to " + target, e);
            err.println(CliSheet.writeFailure(Texts.ui(locale), target, e));
            return ConsoleCommands.PROBLEMS;
        }
        out.println(format("reminder.cli.exported", options.time().toString(), target));
        return ConsoleCommands.OK;
    }

    /** Written whole or not at all; an existing file is replaced only with {@code --force}. */
    public static void write(Path target, String ics, boolean force) throws IOException {
        byte[] bytes = ics.getBytes(StandardCharsets.UTF_8);
        if (!force) {
            Files.write(target, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            return;
        }
        Path temp = Files.createTempFile(target.toAbsolutePath().getParent(), ".reminder", ".tmp");
        try {
            Files.write(temp, bytes);
            Files.move(temp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private int fail(int code, String key, Object... args) {
        err.println(format(key, args));
        return code;
    }

    private String format(String key, Object... args) {
        return new java.text.MessageFormat(Texts.ui(locale).text(key), locale).format(args);
    }
}
