package org.nightcramp.app;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.nightcramp.navigation.Page;

/**
 * State and commands of the main window: page, language, theme and text size. Every change of
 * a setting goes to the settings sink, which saves it.
 */
public final class MainWindowViewModel {

    // Properties
    private final ObjectProperty<Settings> settings;
    private final ObjectProperty<Page> page = new SimpleObjectProperty<>(Page.HOME);
    private final BooleanProperty night = new SimpleBooleanProperty();
    private final ObservableList<LanguageOption> languages = FXCollections.observableArrayList();
    private final Consumer<Settings> sink;
    private String savedLocale;

    public MainWindowViewModel(Settings initial, List<LanguageOption> languages, Consumer<Settings> sink) {
        this(initial, initial.locale(), languages, sink);
    }

    /**
     * @param savedLocale the language to save: the one chosen in an earlier run, while
     *                    {@code initial} shows another one for this run only ({@code --locale})
     */
    public MainWindowViewModel(Settings initial, String savedLocale, List<LanguageOption> languages,
                               Consumer<Settings> sink) {
        this.savedLocale = savedLocale;
        this.settings = new SimpleObjectProperty<>(initial);
        this.languages.setAll(languages);
        this.sink = sink;
        night.set(initial.theme() == Theme.NIGHT);
        night.addListener((obs, was, is) -> update(settings.get().withTheme(is ? Theme.NIGHT : Theme.LIGHT)));
    }

    public ReadOnlyObjectProperty<Settings> settingsProperty() {
        return settings;
    }

    public ObjectProperty<Page> pageProperty() {
        return page;
    }

    public BooleanProperty nightProperty() {
        return night;
    }

    public ObservableList<LanguageOption> languages() {
        return languages;
    }

    // Commands

    public void largerText() {
        update(settings.get().withTextScale(TextScale.larger(settings.get().textScale())));
    }

    public void smallerText() {
        update(settings.get().withTextScale(TextScale.smaller(settings.get().textScale())));
    }

    public void resetText() {
        update(settings.get().withTextScale(1.0));
    }

    public void selectLanguage(String tag) {
        if (!tag.equals(settings.get().locale())) {
            savedLocale = tag;
            update(settings.get().withLocale(tag));
        }
    }

    /** Where the person is, for the emergency number; see {@link Settings#country}. */
    public void selectCountry(String country) {
        update(settings.get().withCountry(country));
    }

    public void acknowledgeDisclaimer() {
        update(settings.get().withDisclaimerAcknowledged(true));
    }

    public void rememberWindow(WindowBounds bounds) {
        update(settings.get().withWindow(bounds));
    }

    private void update(Settings next) {
        if (!next.equals(settings.get())) {
            settings.set(next);
            sink.accept(next.withLocale(savedLocale));
        }
    }
}
