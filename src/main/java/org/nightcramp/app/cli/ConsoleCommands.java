package org.nightcramp.app.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.nightcramp.app.AppInfo;
import org.nightcramp.content.ContentChecker;
import org.nightcramp.content.ContentProblem;
import org.nightcramp.content.DirectoryContentSource;
import org.nightcramp.l10n.Texts;
import org.nightcramp.sheet.print.PdfPrinting;
import org.nightcramp.storage.StrictJson;

/**
 * The command-line answers. They print to the console on purpose: that is their whole output,
 * for people and scripts, so System.out and System.err are passed in rather than logged.
 */
public final class ConsoleCommands {

    /**
     * Exit codes: 0 done, 1 content, answers, the file or the printer had problems, 2 the command
     * line was wrong.
     */
    public static final int OK = 0;
    public static final int PROBLEMS = 1;
    public static final int USAGE = 2;

    private final PrintStream out;
    private final PrintStream err;
    private final Locale locale;
    private final Texts texts;
    private final Clock clock;
    private final PdfPrinting printing;

    public ConsoleCommands(PrintStream out, PrintStream err, Locale locale) {
        this(out, err, locale, Clock.systemDefaultZone());
    }

    /** @param clock dates the advice sheet */
    public ConsoleCommands(PrintStream out, PrintStream err, Locale locale, Clock clock) {
        this(out, err, locale, clock, PdfPrinting.standard());
    }

    /** @param printing the printers {@code --print-sheet} and {@code --list-printers} use */
    public ConsoleCommands(PrintStream out, PrintStream err, Locale locale, Clock clock, PdfPrinting printing) {
        this.printing = printing;
        this.clock = clock;
        this.out = out;
        this.err = err;
        this.locale = locale;
        this.texts = Texts.ui(locale);
    }

    public int run(CommandLine cmd) {
        if (cmd.help()) {
            out.println(format("cli.usage", AppInfo.version()));
            out.println(format("sheet.cli.usage"));
            out.println(format("cli.usage.nightUse"));
            out.println(format("cli.usage.diary"));
            return OK;
        }
        if (cmd.version()) {
            out.println(format("cli.version", AppInfo.version()));
            return OK;
        }
        if (cmd.exportSheet().isPresent()) {
            return new ExportSheetCommand(out, err, locale, clock).run(cmd);
        }
        if (cmd.printSheet().isPresent()) {
            return new PrintSheetCommand(out, err, locale, clock, printing).run(cmd);
        }
        if (cmd.listPrinters()) {
            return new ListPrintersCommand(out, err, locale, printing).run();
        }
        if (cmd.exportReminder().isPresent()) {
            return new ExportReminderCommand(out, err, locale, clock).run(cmd);
        }
        if (cmd.diaryCsv().isPresent()) {
            return new DiaryCsvCommand(out, err, texts, clock).run(cmd);
        }
        return checkContent(cmd);
    }

    public int usageError(CommandLine.UsageException e) {
        err.println(format(e.key(), e.argument()));
        err.println(format("cli.seeHelp"));
        return USAGE;
    }

    private int checkContent(CommandLine cmd) {
        var dir = cmd.checkContent().orElseThrow();
        if (!Files.isDirectory(dir)) {
            err.println(format("cli.notAFolder", dir.toAbsolutePath()));
            return USAGE;
        }
        List<ContentProblem> problems = new ContentChecker(StrictJson.create())
                .check(new DirectoryContentSource(dir));
        problems.forEach(p -> out.println(p.describe(locale)));
        if (problems.isEmpty()) {
            out.println(format("cli.checkClean", dir.toAbsolutePath()));
            return OK;
        }
        out.println(format("cli.checkProblems", problems.size(), dir.toAbsolutePath()));
        return PROBLEMS;
    }

    private String format(String key, Object... args) {
        return texts.text(key, args);
    }
}
