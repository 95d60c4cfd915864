package org.nightcramp.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.nightcramp.app.cli.CommandLine;
import org.nightcramp.app.cli.LocaleOption;
import org.nightcramp.assessment.Answers;
import org.nightcramp.content.ContentLibrary;
import org.nightcramp.content.ContentSource;
import org.nightcramp.content.Guide;
import org.nightcramp.diary.Diary;
import org.nightcramp.diary.page.DiaryBook;
import org.nightcramp.diary.page.MorningPrompt;
import org.nightcramp.diary.page.MorningPrompts;
import org.nightcramp.illustration.IllustrationViews;
import org.nightcramp.l10n.Texts;
import org.nightcramp.reminder.ReminderStore;
import org.nightcramp.sheet.SheetKit;
import org.nightcramp.sheet.print.PdfPrinting;
import org.nightcramp.storage.JsonFileStore;
import org.nightcramp.storage.Loaded;
import org.nightcramp.storage.StoreNotice;
import org.nightcramp.wizard.WizardSession;

/** Composes the services from the command line and shows the main window. */
public final class AppStartup {

    private static final System.Logger LOG = System.getLogger(AppStartup.class.getName());

    private AppStartup() {
    }

    /** Builds everything and shows the window; empty when the content cannot be used. */
    public static Optional<MainWindow> start(Stage stage, CommandLine cmd) {
        return start(stage, Preloaded.load(cmd));
    }

    /** Shows the window from work already done off the FX thread. */
    public static Optional<MainWindow> start(Stage stage, Preloaded pre) {
        return start(stage, pre, PdfPrinting.standard());
    }

    /** As above, printing through {@code printing}: tests and screenshots use fake printers. */
    static Optional<MainWindow> start(Stage stage, Preloaded pre, PdfPrinting printing) {
        if (pre.contentError().isPresent()) {
            showContentError(pre.source(), pre.contentError().get());
            return Optional.empty();
        }
        NoticeBoard board = new NoticeBoard();
        Loaded<Answers> answers = pre.answers();
        WizardSession wizard = new WizardSession(pre.answersRepo(), answers.value(), english(pre),
                file -> board.post("wizard.notice.notSaved", file));
        Loaded<Diary> diary = pre.diary();
        DiaryBook book = new DiaryBook(pre.diaryStore(), diary.value());
        MorningPrompts prompts = new MorningPrompts(new JsonFileStore<>(pre.dataDir().resolve(MorningPrompt.FILE_NAME),
                MorningPrompt.class, pre.mapper(), MorningPrompt::defaults, Clock.systemDefaultZone()),
                Clock.systemDefaultZone());
        // The sheet follows the live answers and the live diary, so it matches the wizard and the Diary page.
        AppServices services = new AppServices(pre.mapper(), pre.content(), pre.settingsRepo(),
                new IllustrationViews(pre.illustrations())::deferredView,
                SheetKit.standard(pre.source(), pre.illustrations()::illustration, wizard::answers, book::diary)
                        .withPrinting(printing), wizard,
                pre.relief(), book, prompts);
        List<String> notices = new ArrayList<>();
        // --locale is for this run: the saved language stays what the person last chose.
        MainWindowViewModel model = new MainWindowViewModel(pre.initialSettings(), pre.settings().value().locale(),
                pre.languages(), s -> save(pre.settingsRepo(), s, board));
        MainWindow window = new MainWindow(stage, services, model);
        board.attach(window);
        Texts texts = Texts.ui(Locale.getDefault());
        LocaleOption.rejected(pre.cmd()).ifPresent(bad -> notices.add(texts.text("notice.localeBad", bad)));
        pre.settings().notice().ifPresent(n -> notices.add(describe(n, texts, "notice.settingsRestored", "notice.settingsReset", "notice.settingsUnreadable")));
        answers.notice().ifPresent(n -> notices.add(describe(n, texts, "wizard.notice.answersRestored", "wizard.notice.answersReset",
                "wizard.notice.answersUnreadable")));
        diary.notice().ifPresent(n -> notices.add(describe(n, texts, "diary.page.notice.restored", "diary.page.notice.reset",
                "diary.page.notice.unreadable")));
        BedtimeNotices bedtime = new BedtimeNotices(window,
                new ReminderStore(pre.dataDir(), pre.mapper(), Clock.systemDefaultZone()), Clock.systemDefaultZone());
        pre.relief().onRoutineFinished(id -> Platform.runLater(() -> bedtime.routineFinished(id)));
        pre.relief().onReminderAsked(bedtime::choose);
        DiaryNotices diaryNotices = new DiaryNotices(window, book, prompts, Clock.systemDefaultZone());
        pre.relief().onRoutineFinished(id -> Platform.runLater(() -> diaryNotices.routineFinished(id)));
        pre.relief().onHelpAnswered((id, answer) -> Platform.runLater(() -> diaryNotices.helpAnswered(id, answer)));
        AppIcon.apply(stage);
        window.show(notices);
        diaryNotices.start();
        bedtime.start();
        // --relief: straight into a running routine, for a desktop or keyboard shortcut.
        pre.cmd().relief().ifPresent(id -> Platform.runLater(() -> window.startRoutine(id)));
        StartupMark.arm(stage.getScene(), () -> StartupMark.pageShown(stage.getScene()),
                () -> !PagePrewarm.enabled() || window.view().prewarmedProperty().get());
        return Optional.of(window);
    }

    /** The English guide, already checked by the preload; answers are matched against it. */
    private static Guide english(Preloaded pre) {
        try {
            return pre.content().load("en").guide();
        } catch (ContentLibrary.ContentUnavailableException e) {
            throw new IllegalStateException("English was readable during the preload", e);
        }
    }

    private static void save(SettingsRepository repo, Settings settings, NoticeBoard board) {
        try {
            repo.save(settings);
        } catch (IOException e) {
            // The notice tells the person; the trace is only for debugging (a read-only folder is no bug).
            LOG.log(System.Logger.Level.WARNING, "Cannot save settings to " + repo.file() + ": " + e);
            LOG.log(System.Logger.Level.DEBUG, "Cannot save settings", e);
            board.post("notice.settingsNotSaved", repo.file());
        }
    }

    /** The notice for a data file that was set aside, in the words for that file. */
    private static String describe(StoreNotice notice, Texts texts, String restored, String reset, String unreadable) {
        LOG.log(System.Logger.Level.WARNING, notice.kind() + " " + notice.file() + ": " + notice.detail());
        String key = switch (notice.kind()) {
            case RESTORED_FROM_BACKUP -> restored;
            case RESET_TO_DEFAULTS -> reset;
            case UNREADABLE -> unreadable;
        };
        String keptAs = notice.keptAs().map(Path::toString).orElse("");
        return texts.text(key, notice.file(), keptAs);
    }

    /** Without a readable English guide there is nothing to show; say what is wrong and where. */
    private static void showContentError(ContentSource source, ContentLibrary.ContentUnavailableException e) {
        Texts texts = Texts.ui(Locale.getDefault());
        String details = e.problems().stream().map(p -> p.describe(Locale.getDefault()))
                .collect(Collectors.joining("\n"));
        LOG.log(System.Logger.Level.ERROR, "The English guide in " + source.label() + " cannot be used:\n" + details);
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle(texts.text("error.content.title"));
        alert.setHeaderText(texts.text("error.content.header", source.label()));
        TextArea list = new TextArea(details);
        list.setEditable(false);
        list.setWrapText(true);
        list.setId("contentErrorList");
        alert.getDialogPane().setContent(list);
        alert.showAndWait();
        Platform.exit();
    }
}
