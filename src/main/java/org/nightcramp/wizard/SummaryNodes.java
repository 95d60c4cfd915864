package org.nightcramp.wizard;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.glyphfont.Glyph;
import org.nightcramp.assessment.Urgency;
import org.nightcramp.content.Advice;
import org.nightcramp.content.HelpItem;
import org.nightcramp.content.OtherFactor;

/** Builds the summary's repeated pieces: cause cards, advice and warning lines. */
final class SummaryNodes {

    private final WizardText text;
    private final Function<String, Node> illustrations;
    private final Consumer<String> openReader;
    private final Runnable openHelp;

    SummaryNodes(WizardText text, Function<String, Node> illustrations, Consumer<String> openReader,
                 Runnable openHelp) {
        this.text = text;
        this.illustrations = illustrations;
        this.openReader = openReader;
        this.openHelp = openHelp;
    }

    /**
     * A cause that fits: its picture, how likely, the one or two things to do, and a way to read
     * more. Its tag is the finding's {@link Urgency}; an urgent cause offers Get help, not self-care.
     */
    Node causeCard(CauseFinding finding, int rank) {
        Urgency urgency = finding.urgency();
        boolean urgent = urgency.helpFirst();
        String id = finding.cause().id();
        Node picture = illustrations.apply(finding.cause().illustration());
        picture.getStyleClass().add("summary-picture");
        picture.setAccessibleText(text.format("reader.cause.illustration", finding.cause().title()));
        StackPane frame = new StackPane(picture);
        frame.getStyleClass().add("summary-picture-frame");
        String kind = urgent ? "urgent" : finding.likelihood().name().toLowerCase(java.util.Locale.ROOT);
        Label badge = new Label(text.text(urgency.messageKey()));
        badge.setId("summaryLikelihood-" + id);
        badge.getStyleClass().addAll("summary-badge", "summary-badge-" + kind);
        // The title wraps; the badge keeps its words whole.
        badge.setMinWidth(Region.USE_PREF_SIZE);
        Label title = new Label(rank + ". " + finding.cause().title());
        title.setId("summaryCauseTitle-" + id);
        title.setWrapText(true);
        title.getStyleClass().add("summary-cause-title");
        HBox heading = new HBox(title, badge);
        heading.getStyleClass().add("summary-cause-heading");
        VBox body = new VBox(heading);
        body.getStyleClass().add("summary-cause-body");
        if (urgent) {
            body.getChildren().addAll(helpFirst(id));
        } else if (!finding.topAdvice().isEmpty()) {
            Label what = new Label(text.text("wizard.summary.whatToDo"));
            what.getStyleClass().add("summary-what-to-do");
            body.getChildren().add(what);
            finding.topAdvice().forEach(a -> body.getChildren().add(advice(a, "summaryAdvice-" + id + "-")));
        }
        Hyperlink more = new Hyperlink(text.text("wizard.summary.readAbout"), new Glyph("FontAwesome", "BOOK"));
        more.setId("summaryRead-" + id);
        more.setAccessibleText(text.format("wizard.cause.readMore.accessible", finding.cause().title()));
        more.setOnAction(e -> openReader.accept(WizardStep.CauseStep.PREFIX + id));
        more.getStyleClass().add("wizard-read-more");
        body.getChildren().add(more);
        HBox.setHgrow(body, Priority.ALWAYS);
        HBox card = new HBox(frame, body);
        card.setId("summaryCause-" + id);
        card.getStyleClass().addAll("wizard-card", "summary-cause");
        if (urgent) {
            card.getStyleClass().add("summary-cause-urgent");
        }
        return card;
    }

    /** What an urgent cause asks for instead of self-care: medical help today, one click away. */
    private Node[] helpFirst(String id) {
        Label what = new Label(text.text("wizard.summary.whatToDoNow"));
        what.setId("summaryWhatNow-" + id);
        what.getStyleClass().add("summary-what-to-do");
        Label line = new Label(text.text("wizard.summary.helpFirst"));
        line.setId("summaryHelpFirst-" + id);
        line.setWrapText(true);
        line.getStyleClass().add("summary-advice-text");
        Button help = new Button(text.text("wizard.summary.getHelp"), new Glyph("FontAwesome", "MEDKIT"));
        help.setId("summaryCauseHelp-" + id);
        help.getStyleClass().add("get-help-button");
        help.setOnAction(e -> openHelp.run());
        return new Node[] {what, line, help};
    }

    /** An advice title in bold with its one-line summary. */
    Node advice(Advice advice, String idPrefix) {
        Label title = new Label(advice.title());
        title.getStyleClass().add("summary-advice-title");
        title.setWrapText(true);
        Label summary = new Label(advice.summary());
        summary.getStyleClass().add("summary-advice-text");
        summary.setWrapText(true);
        VBox box = new VBox(title, summary);
        box.setId(idPrefix + advice.id());
        box.getStyleClass().add("summary-advice");
        return box;
    }

    /** A numbered step of what to do during a cramp. */
    Node duringStep(Advice advice, int number) {
        Label badge = new Label(Integer.toString(number));
        badge.getStyleClass().add("summary-step-number");
        Node words = advice(advice, "summaryDuring-");
        HBox.setHgrow(words, Priority.ALWAYS);
        HBox row = new HBox(badge, words);
        row.getStyleClass().add("summary-step");
        return row;
    }

    Node factor(OtherFactor factor) {
        Label title = new Label(factor.title());
        title.getStyleClass().add("summary-advice-title");
        Label body = new Label(factor.text());
        body.setWrapText(true);
        body.getStyleClass().add("summary-advice-text");
        VBox box = new VBox(title, body);
        box.setId("summaryFactor-" + factor.id());
        box.getStyleClass().add("summary-advice");
        return box;
    }

    Node warningSign(HelpItem item) {
        Label label = new Label(item.text());
        label.setId("summaryWarning-" + item.id());
        return IconLine.of("EXCLAMATION_TRIANGLE", label, "summary-warning-sign");
    }
}
