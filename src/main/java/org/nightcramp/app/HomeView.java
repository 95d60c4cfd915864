package org.nightcramp.app;

import java.util.function.Function;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import org.controlsfx.glyphfont.Glyph;
import org.nightcramp.content.Advice;
import org.nightcramp.content.AdviceKind;
import org.nightcramp.content.Cause;
import org.nightcramp.content.Guide;
import org.nightcramp.content.Routine;
import org.nightcramp.navigation.Navigator;
import org.nightcramp.navigation.Page;

/** The landing page: what to do right now, the five causes at a glance, and ways in. */
public final class HomeView {

    private final AppSession session;
    private final Function<String, Node> illustrations;
    private final Navigator navigator;

    @FXML private Label homeTitle;
    @FXML private Label homeSubtitle;
    @FXML private VBox crampNowSteps;
    @FXML private Button homeStartRelief;
    @FXML private Button homeReadDuring;
    @FXML private TilePane causeCards;
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
        }
        homeCheckCauses.setGraphic(new Glyph("FontAwesome", "LIST_OL"));
        homeCheckCauses.setOnAction(e -> navigator.show(Page.GUIDE));
        homeReadGuide.setGraphic(new Glyph("FontAwesome", "BOOK"));
        homeReadGuide.setOnAction(e -> navigator.openReader("intro"));
        homeGetHelp.setGraphic(new Glyph("FontAwesome", "MEDKIT"));
        homeGetHelp.setOnAction(e -> navigator.openHelp());
        homeDisclaimer.setText(guide.meta().disclaimer());
    }

    private Node step(int number, Advice advice) {
        Label badge = new Label(Integer.toString(number));
        badge.getStyleClass().add("step-number");
        Label title = new Label(advice.title());
        title.getStyleClass().add("step-title");
        Label text = new Label(session.guide().withSafety(advice.summary(), advice.safety()));
        text.getStyleClass().add("step-text");
        text.setWrapText(true);
        VBox words = new VBox(title, text);
        words.getStyleClass().add("step-words");
        javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(badge, words);
        row.getStyleClass().add("cramp-step");
        row.setId("crampStep-" + advice.id());
        return row;
    }

    private Node card(Cause cause) {
        Node picture = illustrations.apply(cause.illustration());
        picture.getStyleClass().add("card-illustration");
        Label title = new Label(cause.title());
        title.getStyleClass().add("card-title");
        title.setWrapText(true);
        Label summary = new Label(cause.summary());
        summary.getStyleClass().add("card-summary");
        summary.setWrapText(true);
        VBox body = new VBox(picture, title, summary);
        body.getStyleClass().add("card-body");
        Button card = new Button(null, body);
        card.setId("causeCard-" + cause.id());
        card.getStyleClass().add("cause-card");
        card.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        card.setAccessibleText(cause.title() + ". " + cause.summary());
        card.setOnAction(e -> navigator.openReader("cause:" + cause.id()));
        return card;
    }
}
