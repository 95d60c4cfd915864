package org.nightcramp.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.nightcramp.content.ContentLibrary;
import org.nightcramp.content.Guide;
import org.nightcramp.content.Routine;
import org.nightcramp.diary.page.DiaryView;
import org.nightcramp.illustration.IllustrationView;
import org.nightcramp.l10n.Texts;
import org.nightcramp.navigation.Confirmation;
import org.nightcramp.navigation.Navigator;
import org.nightcramp.navigation.Page;
import org.nightcramp.reader.ReaderView;
import org.nightcramp.ui.Styles;
import org.nightcramp.ui.UiFonts;
import org.nightcramp.wizard.WizardView;

/**
 * Owns the stage: builds the views for the chosen language, applies theme and text size, and
 * rebuilds everything when the language changes, keeping the page the person was on.
 */
public final class MainWindow implements Navigator {

    private static final System.Logger LOG = System.getLogger(MainWindow.class.getName());
    /** On the root when the Chinese font has no bold face; the theme then marks headings by colour. */
    static final String CJK_NO_BOLD = "cjk-no-bold";

    private final Stage stage;
    private final AppServices services;
    private final MainWindowViewModel model;
    private final List<String> pendingNotices = new ArrayList<>();
    private final Scene scene;
    private final UiFonts fonts = UiFonts.load();
    private AppSession session;
    private MainWindowView view;
    private PageControllers pages;

    public MainWindow(Stage stage, AppServices services, MainWindowViewModel model) {
        this.stage = stage;
        this.services = services;
        this.model = model;
        this.scene = new Scene(new Label(), 1100, 760);
        // The scene carries the theme only; each page's FXML names its own stylesheet.
        scene.getStylesheets().addAll(stylesheet("app.css"), IllustrationView.stylesheet());
        Shortcuts.install(scene, model, this);
        model.settingsProperty().addListener((obs, old, now) -> {
            // The country picks the numbers on the help panel and the sheet: both are rebuilt.
            if (!old.locale().equals(now.locale()) || !old.country().equals(now.country())) {
                rebuild();
            } else if (old.theme() != now.theme() || old.textScale() != now.textScale()) {
                applyLook();
            }
        });
    }

    /** Shows the window; start-up notices (settings reset, language fallback) appear in it. */
    public void show(List<String> startupNotices) {
        pendingNotices.addAll(startupNotices);
        rebuild();
        stage.setScene(scene);
        WindowPlacement.restore(stage, model.settingsProperty().get().window());
        stage.setOnCloseRequest(e -> model.rememberWindow(WindowPlacement.capture(stage)));
        stage.show();
        if (!model.settingsProperty().get().disclaimerAcknowledged()) {
            Platform.runLater(this::showDisclaimer);
        }
    }

    public AppSession session() {
        return session;
    }

    @Override
    public Window owner() {
        return stage;
    }

    @Override
    public void show(Page page) {
        model.pageProperty().set(page);
    }

    @Override
    public void showNotice(String text) {
        if (!Platform.isFxApplicationThread()) {
            Platform.runLater(() -> showNotice(text));
            return;
        }
        showNotices(List.of(text));
    }

    private void showNotices(List<String> lines) {
        view.notifications().show(lines, session.texts().text("notice.accessible"), session.texts().text("dialog.close"));
    }

    @Override
    public boolean confirm(Confirmation question) {
        return Dialogs.confirm(stage, question);
    }

    @Override
    public void openHelp() {
        var loaded = loader().load(HelpPanelView.class);
        Dialog<ButtonType> dialog = Dialogs.themed(stage, "helpDialog", session.texts().text("help.title"),
                session.texts().text("help.title"), loaded.root());
        ButtonType readMore = Dialogs.button(session.texts().text("help.readMore"), ButtonBar.ButtonData.LEFT);
        ButtonType close = Dialogs.button(session.texts().text("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(readMore, close);
        ((Button) dialog.getDialogPane().lookupButton(close)).setId("helpClose");
        ((Button) dialog.getDialogPane().lookupButton(readMore)).setId("helpReadMore");
        dialog.getDialogPane().setPrefSize(dialogSize(44, stage.getWidth()), dialogSize(46, stage.getHeight()));
        // "Read more in the guide" is much longer than "Close"; equal widths would not fit larger text.
        ButtonBar.setButtonUniformSize(dialog.getDialogPane().lookupButton(readMore), false);
        dialog.showAndWait().filter(b -> b == readMore).ifPresent(b -> openReader("help"));
    }

    /** A dialog's size: so many em of the window's text, but never larger than the window. */
    private double dialogSize(double em, double window) {
        Settings settings = model.settingsProperty().get();
        double px = TextScale.fontPx(settings.textScale(), settings.theme() == Theme.NIGHT);
        return Math.max(320, Math.min(em * px, window - 40));
    }

    @Override
    public void openReader(String sectionId) {
        show(Page.READER);
        pages.reader().ifPresent(reader -> reader.showSection(sectionId));
    }

    /** Switches to the reader and opens its find bar (Ctrl+F). */
    public void findInGuide() {
        show(Page.READER);
        pages.reader().ifPresent(ReaderView::openFind);
    }

    @Override
    public void startRoutine(String routineId) {
        show(Page.RELIEF);
        pages.relief().filter(relief -> !relief.startRoutine(routineId))
                .ifPresent(relief -> showNotice(session.texts().text("cli.reliefUnknown", routineId)));
    }

    /** The Diary page at last night, the keyboard on its first field (the morning prompt, Ctrl+D). */
    public void logLastNight() {
        show(Page.DIARY);
        pages.diary().ifPresent(DiaryView::showLastNight);
    }

    /** F5, from any page: "Cramp now" at once. */
    public void startCrampNow() {
        startRoutine(Routine.CRAMP_NOW);
    }

    /** The window itself, for the layout tests that resize it. */
    Stage stage() {
        return stage;
    }

    /** The window's header, navigation and page host, as built for the current language. */
    MainWindowView view() {
        return view;
    }

    /** The bar at the top of the page for notices that never interrupt. */
    NoticeBar notifications() {
        return view.notifications();
    }

    private void rebuild() {
        Page page = model.pageProperty().get();
        session = openSession(model.settingsProperty().get().locale());
        pages = new PageControllers();
        var loaded = loader().load(MainWindowView.class);
        view = loaded.controller();
        // Styled before it joins the scene: the header fits itself to the window as it joins,
        // which styles it, and a look applied afterwards would make it style itself again.
        applyLook(loaded.root());
        scene.setRoot(loaded.root());
        stage.setTitle(session.guide().meta().title());
        model.pageProperty().set(page);
        session.fallback().ifPresent(f -> pendingNotices.add(fallbackNotice(f)));
        if (!pendingNotices.isEmpty()) {
            showNotices(List.copyOf(pendingNotices));
            pendingNotices.clear();
        }
    }

    private AppSession openSession(String settingsLocale) {
        // A settings file written before --locale was checked may hold anything: the system's language then.
        String wanted = org.nightcramp.app.cli.LocaleOption.valid(settingsLocale) ? settingsLocale
                : Locale.getDefault().toLanguageTag();
        String tag = services.content().bestMatch(wanted).orElse("en");
        ContentLibrary.Loaded loaded;
        try {
            loaded = services.content().load(tag);
        } catch (ContentLibrary.ContentUnavailableException e) {
            // Checked at start-up before the window exists; cannot happen for a cached guide.
            throw new IllegalStateException(e);
        }
        Guide guide = loaded.guide();
        return new AppSession(tag, guide, Texts.ui(Locale.forLanguageTag(tag)), loaded.fallback());
    }

    private String fallbackNotice(ContentLibrary.Fallback fallback) {
        String key = fallback.reason() == ContentLibrary.FallbackReason.MISSING
                ? "notice.localeMissing" : "notice.localeInvalid";
        return session.texts().text(key, fallback.requested(), fallback.problems().size());
    }

    private ViewLoader loader() {
        return new ViewLoader(session.texts(), Composition.controllers(this, pages, services, model, session));
    }

    private void applyLook() {
        applyLook(scene.getRoot());
    }

    private void applyLook(Parent root) {
        boolean night = model.settingsProperty().get().theme() == Theme.NIGHT;
        root.getStyleClass().removeAll("theme-night", "theme-light");
        root.getStyleClass().add(night ? "theme-night" : "theme-light");
        double px = TextScale.fontPx(model.settingsProperty().get().textScale(), night);
        root.setStyle(fonts.rootStyle(session.locale(), px));
        root.getStyleClass().remove(CJK_NO_BOLD);
        if (fonts.boldMissing(session.locale())) {
            root.getStyleClass().add(CJK_NO_BOLD);
        }
    }

    /** The medical disclaimer; shown by itself at the first start. */
    void showDisclaimer() {
        Label text = new Label(session.guide().meta().disclaimer());
        text.setWrapText(true);
        text.setId("disclaimerText");
        text.getStyleClass().addAll("disclaimer-text", Styles.TEXT_LEAD);
        // A wrapping label reports its one-line width as preferred; the pane must set the width.
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        // The first start also asks where the person is, for the emergency number to show.
        CountryChooser country = new CountryChooser(session, model.settingsProperty().get().country(),
                "disclaimerCountry");
        javafx.scene.layout.VBox content = new javafx.scene.layout.VBox(text, country.node());
        content.getStyleClass().add("disclaimer-content");
        Dialog<ButtonType> dialog = Dialogs.themed(stage, "disclaimerDialog",
                session.texts().text("disclaimer.title"), session.texts().text("disclaimer.header"), content);
        ButtonType accept = Dialogs.button(session.texts().text("disclaimer.accept"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(accept);
        dialog.getDialogPane().setPrefWidth(dialogSize(40, stage.getWidth()));
        ((Button) dialog.getDialogPane().lookupButton(accept)).setId("disclaimerAccept");
        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.filter(a -> a == accept).isPresent()) {
            if (!country.chosen().isEmpty()) {
                model.selectCountry(country.chosen());
            }
            model.acknowledgeDisclaimer();
        } else {
            LOG.log(System.Logger.Level.INFO, "Disclaimer closed without acknowledging; shown again next start");
        }
    }

    private static String stylesheet(String name) {
        var url = MainWindow.class.getResource(name);
        if (url == null) {
            throw new IllegalStateException("Missing stylesheet org/nightcramp/app/" + name);
        }
        return url.toExternalForm();
    }
}
