package org.nightcramp.app;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.fxml.FXML;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
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
    private final ReadOnlyBooleanWrapper prewarmed = new ReadOnlyBooleanWrapper(this, "prewarmed");

    @FXML private BorderPane root;
    @FXML private Label appLogo;
    @FXML private Label appTitle;
    @FXML private FlowPane navBar;
    @FXML private ComboBox<LanguageOption> languageChoice;
    @FXML private Label languageLabel;
    @FXML private HBox headerControls;
    @FXML private ToggleSwitch nightSwitch;
    @FXML private Button textSmaller;
    @FXML private Button textLarger;
    @FXML private Button getHelpButton;
    @FXML private NoticeBar notifications;
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
            button.setOnAction(e -> {
                model.pageProperty().set(page);
                // A press on the page already shown would unselect its button; the model decides.
                selectNav(model.pageProperty().get());
            });
            navBar.getChildren().add(button);
        }
        // Arrows move along the pages as in a tab strip; Tab then leaves the bar for the page.
        navBar.addEventFilter(KeyEvent.KEY_PRESSED, this::arrowAlongNav);
        model.pageProperty().addListener((obs, old, page) -> {
            // A notice belongs to the page it was raised on; it would only hide the next one.
            if (old != page) {
                notifications.hide();
            }
            show(page);
        });
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
        // In a narrow window at large text the controls would pass the window's edge: the
        // language label then keeps only its icon (the box beside it names the language anyway).
        root.widthProperty().addListener((obs, old, width) -> fitHeaderControls(width.doubleValue()));
        root.styleProperty().addListener((obs, old, style) -> fitHeaderControls(root.getWidth()));
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
        selectNav(first);
        // The window and header paint first; the page follows on the next pulse.
        javafx.application.Platform.runLater(() -> {
            if (pageHost.getChildren().isEmpty()) {
                show(model.pageProperty().get());
            }
            // Keyboard users start on the pages, not on the language box above them.
            navButtons().filter(ToggleButton::isSelected).findFirst().ifPresent(ToggleButton::requestFocus);
            if (PagePrewarm.enabled()) {
                prewarm().start(() -> prewarmed.set(true));
            }
        });
    }

    /** True once every page has been built ahead of its first click. */
    ReadOnlyBooleanProperty prewarmedProperty() {
        return prewarmed.getReadOnlyProperty();
    }

    private PagePrewarm prewarm() {
        // Relief first: the page someone woken by a cramp goes to (Cramp now, F5 from anywhere).
        List<Page> rest = Stream.concat(Stream.of(Page.RELIEF), Arrays.stream(Page.values()))
                .distinct().filter(p -> !loaded.containsKey(p)).toList();
        // A routine may be counting down on Relief: a page built then would make it stutter.
        return new PagePrewarm(rest, this::buildAhead, () -> root.getScene() != null,
                () -> model.pageProperty().get() != Page.RELIEF, PagePrewarm.Later.onFxThread());
    }

    /** The notice bar, for non-blocking notices such as a language fallback. */
    public NoticeBar notifications() {
        return notifications;
    }

    /** The page node, loading it the first time it is shown. */
    public Parent page(Page page) {
        return loaded.computeIfAbsent(page, pages);
    }

    private void show(Page page) {
        Parent shown = page(page);
        shown.setVisible(true);
        shown.setManaged(true);
        // Pages built ahead and not yet shown stay, hidden, for their first click; a page shown
        // before leaves the scene as it always did.
        pageHost.getChildren().removeIf(child -> child != shown && child.isManaged());
        if (!pageHost.getChildren().contains(shown)) {
            pageHost.getChildren().add(shown);
        }
        selectNav(page);
    }

    /**
     * Builds a page and lays it out, hidden, at the host's size: its FXML, CSS and layout are the
     * work its first click would otherwise wait for.
     */
    private void buildAhead(Page page) {
        Parent ahead = page(page);
        if (ahead.getParent() != null) {
            return;
        }
        Node focused = root.getScene().getFocusOwner();
        ahead.setVisible(false);
        ahead.setManaged(false);
        pageHost.getChildren().add(0, ahead);
        ahead.resize(pageHost.getWidth(), pageHost.getHeight());
        ahead.applyCss();
        ahead.layout();
        drawOnce(ahead);
        // A page that puts the keyboard on its first field when added (the Diary's form does,
        // later in the pulse) must not take it from the page the person is on.
        Platform.runLater(() -> {
            Node now = root.getScene() == null ? null : root.getScene().getFocusOwner();
            if (focused != null && now != null && now != focused && inside(now, ahead)) {
                focused.requestFocus();
            }
        });
    }

    /**
     * Draws a page built ahead once, off screen, and throws the picture away: the first frame that
     * shows a page of text waited for its glyphs to be drawn in each font and size it uses for the
     * first time (the reader, clicked 3 s after start-up: 144-175 ms, then 31-33 ms with this).
     * Shown only for the snapshot and hidden again before the next pulse, so no frame shows it.
     */
    private static void drawOnce(Parent page) {
        page.setVisible(true);
        page.snapshot(null, null);
        page.setVisible(false);
    }

    private static boolean inside(Node node, Parent page) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == page) {
                return true;
            }
        }
        return false;
    }

    private void selectNav(Page page) {
        navButtons().forEach(b -> b.setSelected(b.getUserData() == page));
    }

    private void fitHeaderControls(double width) {
        if (root.getScene() == null) {
            // Not in the window yet (its look is set first): fitted when it joins.
            return;
        }
        languageLabel.setContentDisplay(ContentDisplay.LEFT);
        languageLabel.applyCss();
        Insets padding = ((Region) headerControls.getParent()).getInsets();
        boolean tooWide = headerControls.prefWidth(-1) > width - padding.getLeft() - padding.getRight();
        languageLabel.setContentDisplay(tooWide ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT);
    }

    private void arrowAlongNav(KeyEvent e) {
        if (e.isAltDown() || e.isControlDown() || e.isMetaDown() || e.isShortcutDown()) {
            // Alt+Left is "back" in the check, wherever the keyboard is: not a move along the bar.
            return;
        }
        int step = switch (e.getCode()) {
            case RIGHT, DOWN -> 1;
            case LEFT, UP -> -1;
            default -> 0;
        };
        var buttons = navBar.getChildren();
        int at = buttons.indexOf(navBar.getScene().getFocusOwner());
        if (step != 0 && at >= 0) {
            buttons.get(Math.floorMod(at + step, buttons.size())).requestFocus();
            e.consume();
        }
    }

    private Stream<ToggleButton> navButtons() {
        return navBar.getChildren().stream().map(ToggleButton.class::cast);
    }

    private static Glyph glyph(String name) {
        return new Glyph("FontAwesome", name);
    }
}
