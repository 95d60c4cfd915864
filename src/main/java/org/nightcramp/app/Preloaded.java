package org.nightcramp.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.nightcramp.app.cli.CommandLine;
import org.nightcramp.app.cli.LocaleOption;
import org.nightcramp.app.cli.Sources;
import org.nightcramp.assessment.Answers;
import org.nightcramp.assessment.AnswersRepository;
import org.nightcramp.content.ContentLibrary;
import org.nightcramp.content.ContentSource;
import org.nightcramp.content.Guide;
import org.nightcramp.content.illustration.IllustrationCache;
import org.nightcramp.diary.Diary;
import org.nightcramp.diary.DiaryStore;
import org.nightcramp.relief.ReliefServices;
import org.nightcramp.storage.AppDirectories;
import org.nightcramp.storage.Loaded;
import org.nightcramp.storage.StoreNotice;

/**
 * The start-up work that needs no JavaFX: reading settings and content and parsing the first
 * page's drawings. The launcher runs it on a background thread while the toolkit starts.
 *
 * @param contentError set when not even the English guide can be used
 * @param relief       the relief panel's services: the speech engines are listed here; the cue
 *                     tones are made when a routine first opens the sound device
 * @param diary        the cramp diary as saved, read here like the other data files rather than on
 *                     the FX thread while the window waits
 */
public record Preloaded(CommandLine cmd, Path dataDir, ObjectMapper mapper, SettingsRepository settingsRepo,
                        Loaded<Settings> settings, ContentSource source, ContentLibrary content,
                        Optional<ContentLibrary.ContentUnavailableException> contentError,
                        List<LanguageOption> languages, IllustrationCache illustrations,
                        AnswersRepository answersRepo, Loaded<Answers> answers, ReliefServices relief,
                        DiaryStore diaryStore, Loaded<Diary> diary) {

    /** All of the start-up work, the first page's drawings included, on this thread. */
    public static Preloaded load(CommandLine cmd) {
        Preloaded pre = load(cmd, Sources.of(cmd, Clock.systemDefaultZone()));
        pre.parseFirstPageDrawings();
        return pre;
    }

    /**
     * The same work on a background thread, handed over as soon as the window can be built from
     * it: the drawings are parsed after that, while the window thread builds the page. At 1100 x
     * 760 the home page's drawings are below the fold and the window waited for them for nothing;
     * where they are in view, the page asks for them after it is built, before its first frame,
     * and by then they are parsed (or it waits for the one being parsed: the cache reads each once).
     */
    public static CompletableFuture<Preloaded> startInBackground(CommandLine cmd) {
        CompletableFuture<Preloaded> result = new CompletableFuture<>();
        CompletableFuture.runAsync(() -> {
            Preloaded pre;
            try {
                pre = load(cmd, Sources.of(cmd, Clock.systemDefaultZone()));
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
                return;
            }
            result.complete(pre);
            try {
                pre.parseFirstPageDrawings();
            } catch (RuntimeException e) {
                // Nobody waits on this part: say so. The cache keeps nothing for a failed drawing,
                // so the page reads it again when it shows it, and reports it there.
                System.getLogger(Preloaded.class.getName()).log(System.Logger.Level.DEBUG,
                        "Parsing the first page's drawings ahead failed", e);
            }
        });
        return result;
    }

    /**
     * The start-up work when the data folder could not be read in time: the same, but on an empty
     * folder of its own, so nothing in the real one is touched or waited for this run, and with
     * notices naming the real settings and answers files.
     */
    public static Preloaded withoutData(CommandLine cmd, Duration waited) throws IOException {
        Path real = AppDirectories.forThisMachine(cmd.dataDir());
        Path scratch = Files.createTempDirectory("night-cramp-guide-");
        Preloaded pre = load(cmd, Sources.in(scratch, cmd, Clock.systemDefaultZone()));
        String detail = "not read within " + waited.toSeconds() + " s; this run uses " + scratch;
        return new Preloaded(pre.cmd, scratch, pre.mapper, pre.settingsRepo,
                notRead(pre.settings, real.resolve(SettingsRepository.FILE_NAME), detail), pre.source, pre.content,
                pre.contentError, pre.languages, pre.illustrations, pre.answersRepo,
                notRead(pre.answers, real.resolve(AnswersRepository.FILE_NAME), detail), pre.relief,
                pre.diaryStore, pre.diary);
    }

    private static <T> Loaded<T> notRead(Loaded<T> loaded, Path file, String detail) {
        return new Loaded<>(loaded.value(),
                Optional.of(new StoreNotice(StoreNotice.Kind.UNREADABLE, file, Optional.empty(), detail)));
    }

    private static Preloaded load(CommandLine cmd, Sources sources) {
        ObjectMapper mapper = sources.mapper();
        Path dataDir = sources.dataDir();
        SettingsRepository settingsRepo = new SettingsRepository(dataDir, mapper, Clock.systemDefaultZone());
        Loaded<Settings> settings = settingsRepo.load();
        ContentSource source = sources.source();
        ContentLibrary content = sources.content();
        IllustrationCache illustrations = new IllustrationCache(source);
        AnswersRepository answersRepo = sources.answers();
        Loaded<Answers> answers = answersRepo.load();
        ReliefServices relief = ReliefServices.forApp(dataDir, mapper);
        DiaryStore diaryStore = new DiaryStore(dataDir, mapper, Clock.systemDefaultZone());
        Loaded<Diary> diary = diaryStore.load();
        try {
            content.load("en");
        } catch (ContentLibrary.ContentUnavailableException e) {
            return new Preloaded(cmd, dataDir, mapper, settingsRepo, settings, source, content, Optional.of(e),
                    List.of(), illustrations, answersRepo, answers, relief, diaryStore, diary);
        }
        List<LanguageOption> languages = content.locales().stream()
                .map(tag -> new LanguageOption(tag, content.languageName(tag))).toList();
        // Before the hand-over: the window shows this guide at once (for a Chinese reader, not the English one).
        firstPageGuide(cmd, settings.value(), content);
        return new Preloaded(cmd, dataDir, mapper, settingsRepo, settings, source, content, Optional.empty(),
                languages, illustrations, answersRepo, answers, relief, diaryStore, diary);
    }

    /** The settings to start with: {@code --locale} wins over the saved language for this run. */
    public Settings initialSettings() {
        return LocaleOption.of(cmd).map(settings.value()::withLocale).orElse(settings.value());
    }

    /** Parses the drawings the home page shows, so building it only makes nodes. */
    private void parseFirstPageDrawings() {
        if (contentError.isEmpty()) {
            firstPageGuide(cmd, settings.value(), content)
                    .ifPresent(guide -> guide.causes().forEach(c -> illustrations.illustration(c.illustration())));
        }
    }

    /** The guide the first page shows, read now if it is not yet (its language may not be English). */
    private static Optional<Guide> firstPageGuide(CommandLine cmd, Settings settings, ContentLibrary content) {
        String wanted = LocaleOption.of(cmd).orElse(settings.locale());
        String tag = content.bestMatch(wanted.isEmpty() ? Locale.getDefault().toLanguageTag() : wanted)
                .orElse("en");
        try {
            return Optional.of(content.load(tag).guide());
        } catch (ContentLibrary.ContentUnavailableException e) {
            // English was readable a moment ago; the window reports any problem itself.
            return Optional.empty();
        }
    }
}
