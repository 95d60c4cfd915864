package org.nightcramp.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.nightcramp.assessment.Answers;
import org.nightcramp.content.ContentLibrary;
import org.nightcramp.content.ContentSource;
import org.nightcramp.content.Guide;
import org.nightcramp.content.illustration.IllustrationCache;
import org.nightcramp.l10n.Texts;
import org.nightcramp.sheet.PageGeometry;
import org.nightcramp.sheet.PagePlan;
import org.nightcramp.sheet.Paper;
import org.nightcramp.sheet.SheetFindings;
import org.nightcramp.sheet.SheetFonts;
import org.nightcramp.sheet.SheetOptions;
import org.nightcramp.sheet.SheetService;

/**
 * {@code --export-sheet OUT.pdf}: the advice sheet from saved or given answers, without a window.
 * Messages go to the console in the person's language; the sheet is in {@code --locale}'s.
 */
final class ExportSheetCommand {

    private static final System.Logger LOG = System.getLogger(ExportSheetCommand.class.getName());
    private static final long MAX_ANSWERS_BYTES = 1_000_000;

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
        Sources sources = Sources.of(cmd, clock);
        Path answersFile = options.answers().orElseGet(sources.answers()::file).toAbsolutePath();
        Optional<Answers> answers = readAnswers(sources.mapper(), answersFile, options.answers().isPresent());
        if (answers.isEmpty()) {
            return ConsoleCommands.PROBLEMS;
        }
        ContentSource source = sources.source();
        ContentLibrary library = sources.content();
        String wanted = cmd.locale().orElse(Locale.getDefault().toLanguageTag());
        Guide guide;
        try {
            guide = library.load(library.bestMatch(wanted).orElse("en")).guide();
        } catch (ContentLibrary.ContentUnavailableException e) {
            return fail(ConsoleCommands.PROBLEMS, "sheet.cli.contentUnavailable", source.label(), e.problems().size());
        }
        Locale sheetLocale = Locale.forLanguageTag(guide.meta().locale());
        String country = country(wanted);
        Paper paper = options.paper().orElse(Paper.forCountry(country));
        SheetService service = new SheetService(new SheetFonts(source), new IllustrationCache(source)::illustration);
        Texts words = Texts.ui(sheetLocale);
        SheetOptions sheetOptions = new SheetOptions(options.name().orElse(""), "", LocalDate.now(clock), country);
        var model = service.model(guide, SheetFindings.of(guide, answers.get()), sheetOptions, words);
        PagePlan plan = service.plan(guide, model, PageGeometry.of(paper));
        try {
            service.save(plan, target, options.force());
        } catch (FileAlreadyExistsException e) {
            return fail(ConsoleCommands.USAGE, "sheet.cli.exists", target);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "Cannot write the sheet to " + target, e);
            return fail(ConsoleCommands.PROBLEMS, "sheet.cli.writeFailed", target, describe(e));
        }
        out.println(format("sheet.cli.exported", plan.pages().size(), paper.label(), target));
        return ConsoleCommands.OK;
    }

    /** The answers to use; a missing saved file means none yet, a missing given file is an error. */
    private Optional<Answers> readAnswers(ObjectMapper mapper, Path file, boolean given) {
        try {
            if (Files.size(file) > MAX_ANSWERS_BYTES) {
                throw new IOException(Files.size(file) + " bytes is too large for an answers file");
            }
            Answers answers = mapper.readValue(Files.readAllBytes(file), Answers.class);
            if (answers == null) {
                throw new IOException("the file holds null");
            }
            return Optional.of(answers);
        } catch (NoSuchFileException e) {
            if (given) {
                fail(ConsoleCommands.PROBLEMS, "sheet.cli.answersMissing", file);
                return Optional.empty();
            }
            return Optional.of(Answers.empty());
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "Cannot read answers " + file, e);
            fail(ConsoleCommands.PROBLEMS, "sheet.cli.answersUnreadable", file, describe(e));
            return Optional.empty();
        }
    }

    /** The region of {@code --locale} when it names one, else the computer's. */
    private static String country(String tag) {
        String region = Locale.forLanguageTag(tag).getCountry();
        return region.isEmpty() ? Locale.getDefault().getCountry() : region;
    }

    private static String describe(Exception e) {
        if (e instanceof JsonProcessingException json) {
            var where = json.getLocation();
            String at = where == null ? "" : "line " + where.getLineNr() + ", column " + where.getColumnNr() + ": ";
            return at + json.getOriginalMessage();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private int fail(int code, String key, Object... args) {
        err.println(format(key, args));
        return code;
    }

    private String format(String key, Object... args) {
        return Texts.ui(locale).text(key, args);
    }
}
