package org.nightcramp.app;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.nightcramp.app.illustration.IllustrationLoader;
import org.nightcramp.content.ClasspathContentSource;
import org.nightcramp.content.ContentLibrary;
import org.nightcramp.content.ContentSource;
import org.nightcramp.content.DirectoryContentSource;
import org.nightcramp.relief.ReliefServices;
import org.nightcramp.storage.AppDirectories;
import org.nightcramp.storage.Loaded;
import org.nightcramp.storage.StoreNotice;
import org.nightcramp.storage.StrictJson;

/** Composes the services from the command line and shows the main window. */
public final class AppStartup {

    private static final System.Logger LOG = System.getLogger(AppStartup.class.getName());

    private AppStartup() {
    }

    /** Builds everything and shows the window; empty when the content cannot be used. */
    public static Optional<MainWindow> start(Stage stage, CommandLine cmd) {
        ObjectMapper mapper = StrictJson.create();
        Path dataDir = AppDirectories.forThisMachine(cmd.dataDir());
        SettingsRepository settingsRepo = new SettingsRepository(dataDir, mapper, Clock.systemDefaultZone());
        Loaded<Settings> settings = settingsRepo.load();
        ContentSource source = cmd.contentDir().<ContentSource>map(DirectoryContentSource::new)
                .orElseGet(ClasspathContentSource::new);
        ContentLibrary content = new ContentLibrary(source, mapper);
        try {
            content.load("en");
        } catch (ContentLibrary.ContentUnavailableException e) {
            showContentError(source, e);
            return Optional.empty();
        }
        Settings initial = cmd.locale().map(settings.value()::withLocale).orElse(settings.value());
        AppServices services = new AppServices(mapper, content, settingsRepo,
                new IllustrationLoader(source)::view, ReliefServices.forApp(dataDir, mapper));
        List<LanguageOption> languages = content.locales().stream()
                .map(tag -> new LanguageOption(tag, content.languageName(tag))).toList();
        List<String> notices = new ArrayList<>();
        MainWindow[] window = new MainWindow[1];
        MainWindowViewModel model = new MainWindowViewModel(initial, languages,
                s -> save(settingsRepo, s, window[0]));
        window[0] = new MainWindow(stage, services, model);
        settings.notice().ifPresent(n -> notices.add(describe(n, Messages.bundle(Locale.getDefault()))));
        window[0].show(notices);
        return Optional.of(window[0]);
    }

    private static void save(SettingsRepository repo, Settings settings, MainWindow window) {
        try {
            repo.save(settings);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.ERROR, "Cannot save settings to " + repo.file(), e);
            if (window != null && window.session() != null) {
                window.showNotice(window.session().text("notice.settingsNotSaved", repo.file()));
            }
        }
    }

    private static String describe(StoreNotice notice, java.util.ResourceBundle bundle) {
        LOG.log(System.Logger.Level.WARNING, notice.kind() + " " + notice.file() + ": " + notice.detail());
        String key = switch (notice.kind()) {
            case RESTORED_FROM_BACKUP -> "notice.settingsRestored";
            case RESET_TO_DEFAULTS -> "notice.settingsReset";
            case UNREADABLE -> "notice.settingsUnreadable";
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
