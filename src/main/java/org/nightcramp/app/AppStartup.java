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
import org.nightcramp.content.ContentLibrary;
import org.nightcramp.content.ContentSource;
import org.nightcramp.content.Guide;
import org.nightcramp.reminder.ReminderStore;
import org.nightcramp.sheet.SheetKit;
import org.nightcramp.storage.Loaded;
import org.nightcramp.storage.StoreNotice;
import org.nightcramp.wizard.Answers;
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
        if (pre.contentError().isPresent()) {
            showContentError(pre.source(), pre.contentError().get());
            return Optional.empty();
        }
        MainWindow[] window = new MainWindow[1];
        Loaded<Answers> answers = pre.answers();
        WizardSession wizard = new WizardSession(pre.answersRepo(), answers.value(), english(pre),
                file -> notice(window[0], "wizard.notice.notSaved", file));
        // The sheet follows the live answers, so it matches what the wizard shows.
        AppServices services = new AppServices(pre.mapper(), pre.content(), pre.settingsRepo(),
                pre.illustrations()::deferredView,
                SheetKit.standard(pre.source(), pre.illustrations()::illustration, wizard::answers), wizard,
                pre.relief());
        List<String> notices = new ArrayList<>();
        MainWindowViewModel model = new MainWindowViewModel(pre.initialSettings(), pre.languages(),
                s -> save(pre.settingsRepo(), s, window[0]));
        window[0] = new MainWindow(stage, services, model);
        var bundle = Messages.bundle(Locale.getDefault());
        pre.settings().notice().ifPresent(n -> notices.add(describe(n, bundle, "notice.settings")));
        answers.notice().ifPresent(n -> notices.add(describe(n, bundle, "wizard.notice.answers")));
        BedtimeNotices bedtime = new BedtimeNotices(window[0],
                new ReminderStore(pre.dataDir(), pre.mapper(), Clock.systemDefaultZone()), Clock.systemDefaultZone());
        pre.relief().onRoutineFinished(id -> Platform.runLater(() -> bedtime.routineFinished(id)));
        pre.relief().onReminderAsked(bedtime::choose);
        window[0].show(notices);
        bedtime.start();
        // --relief: straight into a running routine, for a desktop or keyboard shortcut.
        pre.cmd().relief().ifPresent(id -> Platform.runLater(() -> window[0].startRelief(id)));
        return Optional.of(window[0]);
    }

    /** The English guide, already checked by the preload; answers are matched against it. */
    private static Guide english(Preloaded pre) {
        try {
            return pre.content().load("en").guide();
        } catch (ContentLibrary.ContentUnavailableException e) {
            throw new IllegalStateException("English was readable during the preload", e);
        }
    }

    private static void save(SettingsRepository repo, Settings settings, MainWindow window) {
        try {
            repo.save(settings);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.ERROR, "Cannot save settings to " + repo.file(), e);
            notice(window, "notice.settingsNotSaved", repo.file());
        }
    }

    /** A notice in the window's language, once the window shows a page. */
    private static void notice(MainWindow window, String key, Path file) {
        if (window != null && window.session() != null) {
            window.showNotice(window.session().text(key, file));
        }
    }

    /** @param prefix the notice keys' start, such as {@code notice.settings} for notice.settingsReset */
    private static String describe(StoreNotice notice, java.util.ResourceBundle bundle, String prefix) {
        LOG.log(System.Logger.Level.WARNING, notice.kind() + " " + notice.file() + ": " + notice.detail());
        String key = prefix + switch (notice.kind()) {
            case RESTORED_FROM_BACKUP -> "Restored";
            case RESET_TO_DEFAULTS -> "Reset";
            case UNREADABLE -> "Unreadable";
        };
        String keptAs = notice.keptAs().map(Path::toString).orElse("");
        return new java.text.MessageFormat(bundle.getString(key)).format(new Object[] {notice.file(), keptAs});
    }

    /** Without a readable English guide there is nothing to show; say what is wrong and where. */
    private static void showContentError(ContentSource source, ContentLibrary.ContentUnavailableException e) {
        var bundle = Messages.bundle(Locale.getDefault());
        String details = e.problems().stream().map(p -> p.describe(Locale.getDefault()))
                .collect(Collectors.joining("\n"));
        LOG.log(System.Logger.Level.ERROR, "The English guide in " + source.label() + " cannot be used:\n" + details);
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle(bundle.getString("error.content.title"));
        alert.setHeaderText(new java.text.MessageFormat(bundle.getString("error.content.header"))
                .format(new Object[] {source.label()}));
        TextArea list = new TextArea(details);
        list.setEditable(false);
        list.setWrapText(true);
        list.setId("contentErrorList");
        alert.getDialogPane().setContent(list);
        alert.showAndWait();
        Platform.exit();
    }
}
