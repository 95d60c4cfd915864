package org.nightcramp.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.nightcramp.l10n.Texts;
import org.nightcramp.sheet.FontUnusableException;

/**
 * {@code --export-sheet OUT.pdf}: the advice sheet from saved or given answers, without a window.
 * Messages go to the console in the person's language; the sheet is in {@code --locale}'s.
 */
final class ExportSheetCommand {

    private static final System.Logger LOG = System.getLogger(ExportSheetCommand.class.getName());

    private final PrintStream out;
    private final PrintStream err;
    private final Locale locale;
    private final Clock clock;

    ExportSheetCommand(PrintStream out, PrintStream err, Locale locale, Clock clock) {
        this.out = out;
        this.err = err;
        this.locale = locale;
        this.clock = clock;
    }

    int run(CommandLine cmd) {
        SheetExportOptions options = cmd.exportSheet().orElseThrow();
        Path target = options.output().toAbsolutePath();
        if (!options.force() && Files.exists(target)) {
            return fail(ConsoleCommands.USAGE, "sheet.cli.exists", target);
        }
        Optional<CliSheet.Made> made = new CliSheet(err, locale, clock).make(cmd, options.answers(), options.paper(),
                options.name());
        if (made.isEmpty()) {
            return ConsoleCommands.PROBLEMS;
        }
        var plan = made.get().plan();
        try {
            made.get().service().save(plan, target, options.force());
        } catch (FileAlreadyExistsException e) {
            return fail(ConsoleCommands.USAGE, "sheet.cli.exists", target);
        } catch (FontUnusableException e) {
            LOG.log(System.Logger.Level.DEBUG, "Cannot embed a font", e);
            return fail(ConsoleCommands.PROBLEMS, "sheet.fontUnusable", e.problem().describe(locale));
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "Cannot write the sheet to " + target, e);
            err.println(CliSheet.writeFailure(Texts.ui(locale), target, e));
            return ConsoleCommands.PROBLEMS;
        }
        out.println(format("sheet.cli.exported", plan.pages().size(), made.get().paper().label(), target));
        return ConsoleCommands.OK;
    }

    private int fail(int code, String key, Object... args) {
        err.println(format(key, args));
        return code;
    }

    private String format(String key, Object... args) {
        return Texts.ui(locale).text(key, args);
    }
}
