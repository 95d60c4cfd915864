package org.nightcramp.app;

import java.util.Optional;
import java.util.function.Function;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.glyphfont.Glyph;
import org.nightcramp.content.Advice;
import org.nightcramp.content.AdviceKind;
import org.nightcramp.content.Cause;
import org.nightcramp.content.Guide;
import org.nightcramp.content.Routine;
import org.nightcramp.navigation.Navigator;
import org.nightcramp.navigation.Page;
import org.nightcramp.ui.AspectPane;
import org.nightcramp.ui.CardGrid;
import org.nightcramp.ui.Styles;

/** The landing page: what to do right now, the five causes at a glance, and ways in. */
public final class HomeView {

    private static final double PICTURE_RATIO = 0.75;

    private final AppSession session;
    private final Function<String, Node> illustrations;
    private final Navigator navigator;

    @FXML private Label homeTitle;
    @FXML private Label homeSubtitle;
    @FXML private VBox crampNowSteps;
    @FXML private Button homeStartRelief;
    @FXML private Button homeReadDuring;
    @FXML private CardGrid causeCards;
    @FXML private VBox causeSafety;
    @FXML private Button homeCheckCauses;
    @FXML private Button homeReadGuide;
    @FXML private Button homeGetHelp;
    @FXML private Label homeDisclaimer;

    public HomeView(AppSession session, Function<String, Node> illustrations, Navigator navigator) {
        this.session = session;
        this.illustrations = illustrations;
        this.navigator = navigator;
    }

    @FXML
    private void initialize() {
        Guide guide = session.guide();
        homeTitle.setText(guide.meta().title());
        homeSubtitle.setText(guide.meta().subtitle());
        int n = 1;
        for (Advice advice : guide.advice()) {
            if (advice.kind() != AdviceKind.PREVENTION && advice.forEveryone()) {
                crampNowSteps.getChildren().add(step(n++, advice));
            }
        }
        homeStartRelief.setGraphic(new Glyph("FontAwesome", "PLAY"));
        homeStartRelief.setOnAction(e -> navigator.startRoutine(Routine.CRAMP_NOW));
        homeReadDuring.setGraphic(new Glyph("FontAwesome", "ARROW_RIGHT"));
        homeReadDuring.setOnAction(e -> navigator.openReader("during"));
        for (Cause cause : guide.causes()) {
            causeCards.getChildren().add(card(cause));
            safetyLine(cause).ifPresent(causeSafety.getChildren()::add);
        }
        causeSafety.setVisible(!causeSafety.getChildren().isEmpty());
        causeSafety.setManaged(causeSafety.isVisible());
        homeCheckCauses.setGraphic(new Glyph("FontAwesome", "LIST_OL"));
        homeCheckCauses.setOnAction(e -> navigator.show(Page.GUIDE));
        homeReadGuide.setGraphic(new Glyph("FontAwesome", "BOOK"));
        homeReadGuide.setOnAction(e -> navigator.openReader("intro"));
        homeGetHelp.setGraphic(new Glyph("FontAwesome", "MEDKIT"));
        homeGetHelp.setOnAction(e -> navigator.openHelp());
        homeDisclaimer.setText(guide.meta().disclaimer());
    }

    private Node step(int number, Advice advice) {
        Label badge = Styles.add(new Label(Integer.toString(number)), Styles.NUMBER_BUBBLE);
        Label title = Styles.add(new Label(advice.title()), Styles.TEXT_BOLD);
        title.setWrapText(true);
        Label text = new Label(session.guide().withSafety(advice.summary(), advice.safety()));
        text.setWrapText(true);
        VBox words = new VBox(title, text);
        HBox.setHgrow(words, Priority.ALWAYS);
        HBox row = Styles.add(new HBox(badge, words), "cramp-step");
        row.setId("crampStep-" + advice.id());
        return row;
    }

    /**
     * A cause's safety points, in the guide's one wording, in one box under the cards rather than
     * in them: the clot signs would make the blood-flow card, and so the whole row, very tall.
     */
    private Optional<Node> safetyLine(Cause cause) {
        if (cause.safety().isEmpty()) {
            return Optional.empty();
        }
        Label words = Styles.add(new Label(session.texts().text("home.causes.safety", cause.title(),
                session.guide().withSafety("", cause.safety()))), Styles.TEXT_SMALL);
        words.setId("causeSafety-" + cause.id());
        words.setWrapText(true);
        // The icon beside the first line, however many lines the words take, and never squeezed.
        Glyph icon = Styles.add(new Glyph("FontAwesome", "EXCLAMATION_TRIANGLE"), Styles.DANGER);
        icon.setMinWidth(Region.USE_PREF_SIZE);
        HBox line = Styles.add(new HBox(icon, words), "cause-safety-line");
        return Optional.of(line);
    }

    private Node card(Cause cause) {
        Node picture = Styles.add(illustrations.apply(cause.illustration()), "card-illustration");
        // The drawings are 4:3; the picture keeps that shape at whatever width the card gets.
        AspectPane frame = new AspectPane(picture, PICTURE_RATIO);
        Label title = Styles.add(new Label(cause.title()), Styles.TITLE_3);
        title.setWrapText(true);
        Label summary = Styles.add(new Label(cause.summary()), Styles.TEXT_MUTED);
        summary.setWrapText(true);
        VBox body = Styles.add(new VBox(frame, title, summary), "card-body");
        Button card = new Button(null, body);
        card.setId("causeCard-" + cause.id());
        card.getStyleClass().addAll(Styles.CARD, "cause-card");
        card.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        card.setAccessibleText(session.guide().withSafety(cause.title() + ". " + cause.summary(), cause.safety()));
        card.setOnAction(e -> navigator.openReader("cause:" + cause.id()));
        return card;
    }
}
