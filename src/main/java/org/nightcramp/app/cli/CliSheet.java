package org.nightcramp.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.nightcramp.app.Settings;
import org.nightcramp.app.SettingsRepository;
import org.nightcramp.assessment.Answers;
import org.nightcramp.assessment.AnswersRepository;
import org.nightcramp.content.ContentLibrary;
import org.nightcramp.content.ContentSource;
import org.nightcramp.content.Guide;
import org.nightcramp.content.illustration.IllustrationCache;
import org.nightcramp.diary.Diary;
import org.nightcramp.diary.DiaryStore;
import org.nightcramp.l10n.Texts;
import org.nightcramp.sheet.FontUnusableException;
import org.nightcramp.sheet.PageGeometry;
import org.nightcramp.sheet.PagePlan;
import org.nightcramp.sheet.Paper;
import org.nightcramp.sheet.SheetFindings;
import org.nightcramp.sheet.SheetFonts;
import org.nightcramp.sheet.SheetOptions;
import org.nightcramp.sheet.SheetService;
import org.nightcramp.storage.Loaded;
import org.nightcramp.storage.RefusedFile;
import org.nightcramp.storage.StoreNotice;

/**
 * The advice sheet as the command line asks for it (answers, content, locale, paper, name),
 * shared by {@code --export-sheet} and {@code --print-sheet} so both give the same pages.
 * Problems are told on {@code err} in the person's language; the sheet is in {@code --locale}'s.
 */
final class CliSheet {

    private static final System.Logger LOG = System.getLogger(CliSheet.class.getName());

    /** The sheet laid out, with the service that writes its PDF. */
    record Made(SheetService service, PagePlan plan, Paper paper) {
    }

    private final PrintStream err;
    private final Locale locale;
    private final Clock clock;

    CliSheet(PrintStream err, Locale locale, Clock clock) {
        this.err = err;
        this.locale = locale;
        this.clock = clock;
    }

    /** The sheet, or empty once the problem has been told (exit code 1). */
    Optional<Made> make(CommandLine cmd, Optional<Path> answersFile, Optional<Paper> paperChoice, Optional<String> name) {
        Sources sources = Sources.of(cmd, clock);
        Path file = answersFile.orElseGet(sources.answers()::file).toAbsolutePath();
        Optional<Answers> answers = readAnswers(sources.mapper(), file, answersFile.isPresent());
        if (answers.isEmpty()) {
            return Optional.empty();
        }
        ContentSource source = sources.source();
        ContentLibrary library = sources.content();
        Optional<Guide> loaded = CliGuide.load(cmd, source, library, err, locale);
        if (loaded.isEmpty()) {
            return Optional.empty();
        }
        Guide guide = loaded.get();
        String wanted = LocaleOption.of(cmd).orElse(Locale.getDefault().toLanguageTag());
        Locale sheetLocale = Locale.forLanguageTag(guide.meta().locale());
        String country = country(sources, wanted);
        Paper paper = paperChoice.orElse(Paper.forCountry(country));
        SheetService service = new SheetService(new SheetFonts(source), new IllustrationCache(source)::illustration);
        Texts words = Texts.ui(sheetLocale);
        SheetOptions sheetOptions = new SheetOptions(name.orElse(""), "", LocalDate.now(clock), country);
        var model = service.model(guide, SheetFindings.of(guide, answers.get()), sheetOptions, words,
                diary(sources));
        try {
            return Optional.of(new Made(service, service.plan(guide, model, PageGeometry.of(paper)), paper));
        } catch (FontUnusableException e) {
            LOG.log(System.Logger.Level.DEBUG, "Cannot use a font of " + source.label(), e);
            tell("sheet.fontUnusable", e.problem().describe(locale));
            return Optional.empty();
        }
    }

    /** The answers to use; a missing saved file means none yet, a missing given file is an error. */
    private Optional<Answers> readAnswers(ObjectMapper mapper, Path file, boolean given) {
        try {
            return Optional.of(AnswersRepository.read(file, mapper));
        } catch (NoSuchFileException e) {
            if (given) {
                tell("sheet.cli.answersMissing", file);
                return Optional.empty();
            }
            return Optional.of(Answers.empty());
        } catch (RefusedFile e) {
            LOG.log(System.Logger.Level.DEBUG, "Refused answers " + file, e);
            tell(e.reason() == RefusedFile.Reason.NOT_A_FILE ? "sheet.cli.answersNotAFile" : "sheet.cli.answersTooLarge",
                    file, e.limit());
            return Optional.empty();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "Cannot read answers " + file, e);
            tell("sheet.cli.answersUnreadable", file, describe(e));
            return Optional.empty();
        }
    }

    /** The diary in the data folder for "My last weeks"; a damaged one is told about and left out. */
    private Diary diary(Sources sources) {
        DiaryStore store = new DiaryStore(sources.dataDir(), sources.mapper(), clock);
        Loaded<Diary> loaded = store.load();
        loaded.notice().ifPresent(n -> tell(n.kind() == StoreNotice.Kind.RESTORED_FROM_BACKUP ? "diary.cli.restored"
                : n.kind() == StoreNotice.Kind.RESET_TO_DEFAULTS ? "diary.cli.reset" : "diary.cli.unreadable",
                store.file(), n.keptAs().map(Path::toString).orElse("")));
        return loaded.value();
    }

    /**
     * The country chosen in the app for the emergency number (a "not listed" choice prints every
     * number), else the region of {@code --locale} when it names one, else the computer's.
     */
    private static String country(Sources sources, String tag) {
        Optional<Settings> saved = new SettingsRepository(sources.dataDir(), sources.mapper(), Clock.systemUTC()).peek();
        if (saved.filter(Settings::countryChosen).isPresent()) {
            String chosen = saved.get().country();
            return chosen.equals(Settings.COUNTRY_NOT_LISTED) ? "" : chosen;
        }
        String region = Locale.forLanguageTag(tag).getCountry();
        return region.isEmpty() ? Locale.getDefault().getCountry() : region;
    }

    /** An error in a few words, with the line and column for broken JSON. */
    static String describe(Exception e) {
        if (e instanceof JsonProcessingException json) {
            var where = json.getLocation();
            String at = where == null ? "" : "line " + where.getLineNr() + ", column " + where.getColumnNr() + ": ";
            return at + json.getOriginalMessage();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Why a file could not be written, in the person's words: a missing folder and a refusal are named. */
    static String writeFailure(Texts texts, Path target, Exception e) {
        Path folder = target.toAbsolutePath().getParent();
        if (e instanceof NoSuchFileException || e instanceof java.nio.file.NotDirectoryException) {
            return texts.text("sheet.cli.noFolder", target, folder);
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return texts.text("sheet.cli.notAllowed", target, folder);
        }
        return texts.text("sheet.cli.writeFailed", target, describe(e));
    }

    private void tell(String key, Object... args) {
        err.println(Texts.ui(locale).text(key, args));
    }
}
