package org.nightcramp.app;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import org.controlsfx.control.NotificationPane;
import org.controlsfx.control.SegmentedButton;
import org.controlsfx.control.ToggleSwitch;
import org.controlsfx.glyphfont.Glyph;
import org.nightcramp.navigation.Page;

/** The main window's FXML controller: header, navigation and the page host. */
public final class MainWindowView {

    private final MainWindowViewModel model;
    private final AppSession session;
    private final Function<Page, Parent> pages;
    private final Runnable openHelp;
    private final Map<Page, Parent> loaded = new EnumMap<>(Page.class);

    @FXML private BorderPane root;
    @FXML private Label appLogo;
    @FXML private Label appTitle;
    @FXML private SegmentedButton navBar;
    @FXML private ComboBox<LanguageOption> languageChoice;
    @FXML private Label languageLabel;
    @FXML private ToggleSwitch nightSwitch;
    @FXML private Button textSmaller;
    @FXML private Button textLarger;
    @FXML private Button getHelpButton;
    @FXML private NotificationPane notifications;
    @FXML private StackPane pageHost;

    /**
     * @param pages    builds a page the first time it is shown, so start-up loads only the first
     * @param openHelp opens the "Get help" panel
     */
    public MainWindowView(MainWindowViewModel model, AppSession session, Function<Page, Parent> pages,
                          Runnable openHelp) {
        this.model = model;
        this.session = session;
        this.pages = pages;
        this.openHelp = openHelp;
    }

    @FXML
    private void initialize() {
        appLogo.setGraphic(glyph("MOON_ALT"));
        appTitle.setText(session.guide().meta().title());
        for (Page page : Page.values()) {
            ToggleButton button = new ToggleButton(session.texts().text(page.labelKey()), glyph(page.glyph()));
            button.setId(page.navId());
            button.setUserData(page);
            button.setOnAction(e -> model.pageProperty().set(page));
            navBar.getButtons().add(button);
        }
        model.pageProperty().addListener((obs, old, page) -> show(page));
        languageChoice.setItems(model.languages());
        model.languages().stream().filter(l -> l.tag().equals(session.localeTag())).findFirst()
                .ifPresent(languageChoice::setValue);
        languageChoice.valueProperty().addListener((obs, old, choice) -> {
            if (choice != null) {
                model.selectLanguage(choice.tag());
            }
        });
        languageLabel.setGraphic(glyph("LANGUAGE"));
        languageLabel.setLabelFor(languageChoice);
        nightSwitch.selectedProperty().bindBidirectional(model.nightProperty());
        textSmaller.setGraphic(glyph("MINUS"));
        textLarger.setGraphic(glyph("PLUS"));
        textSmaller.setOnAction(e -> model.smallerText());
        textLarger.setOnAction(e -> model.largerText());
        textSmaller.setTooltip(new Tooltip(session.texts().text("header.textSmaller.tip")));
        textLarger.setTooltip(new Tooltip(session.texts().text("header.textLarger.tip")));
        getHelpButton.setGraphic(glyph("MEDKIT"));
        getHelpButton.setTooltip(new Tooltip(session.texts().text("header.getHelp.tip")));
        getHelpButton.setOnAction(e -> openHelp.run());
        Page first = model.pageProperty().get();
        navBar.getButtons().forEach(b -> b.setSelected(b.getUserData() == first));
        // The window and header paint first; the page follows on the next pulse.
        javafx.application.Platform.runLater(() -> {
            if (pageHost.getChildren().isEmpty()) {
                show(model.pageProperty().get());
            }
            // Keyboard users start on the pages, not on the language box above them.
            navBar.getButtons().stream().filter(ToggleButton::isSelected).findFirst()
                    .ifPresent(ToggleButton::requestFocus);
        });
    }

    /** The notification pane, for non-blocking notices such as a language fallback. */
    public NotificationPane notifications() {
        return notifications;
    }

    /** The page node, loading it the first time it is shown. */
    public Parent page(Page page) {
        return loaded.computeIfAbsent(page, pages);
    }

    private void show(Page page) {
        pageHost.getChildren().setAll(page(page));
        navBar.getButtons().forEach(b -> b.setSelected(b.getUserData() == page));
    }

    private static Glyph glyph(String name) {
        return new Glyph("FontAwesome", name);
    }
}
