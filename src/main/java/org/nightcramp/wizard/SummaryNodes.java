package org.nightcramp.wizard;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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
import org.nightcramp.assessment.CauseFinding;
import org.nightcramp.assessment.Urgency;
import org.nightcramp.content.Advice;
import org.nightcramp.content.HelpItem;
import org.nightcramp.content.OtherFactor;
import org.nightcramp.content.SafetyPoint;
import org.nightcramp.content.SafetyText;
import org.nightcramp.ui.Styles;

/** Builds the summary's repeated pieces: cause cards, advice and warning lines. */
final class SummaryNodes {

    private final WizardText text;
    private final Function<String, Node> illustrations;
    private final Consumer<String> openReader;
    private final Function<List<SafetyPoint>, List<String>> safetyWords;
    private final Runnable openHelp;

    /** @param safetyWords the guide's one wording of each safety point, in the order given */
    SummaryNodes(WizardText text, Function<String, Node> illustrations, Consumer<String> openReader,
                 Runnable openHelp, Function<List<SafetyPoint>, List<String>> safetyWords) {
        this.text = text;
        this.illustrations = illustrations;
        this.openReader = openReader;
        this.openHelp = openHelp;
        this.safetyWords = safetyWords;
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
        picture.setAccessibleText(text.text("reader.cause.illustration", finding.cause().title()));
        StackPane frame = new StackPane(picture);
        frame.getStyleClass().add("summary-picture-frame");
        String kind = urgent ? "urgent" : finding.likelihood().name().toLowerCase(java.util.Locale.ROOT);
        Label badge = new Label(text.text(urgency.messageKey()));
        badge.setId("summaryLikelihood-" + id);
        badge.getStyleClass().addAll(Styles.BADGE, switch (kind) {
            case "urgent" -> Styles.DANGER;
            case "likely" -> Styles.ACCENT;
            default -> Styles.NEUTRAL;
        });
        // The title wraps; the badge keeps its words whole.
        badge.setMinWidth(Region.USE_PREF_SIZE);
        Label title = new Label(rank + ". " + finding.cause().title());
        title.setId("summaryCauseTitle-" + id);
        title.setWrapText(true);
        title.getStyleClass().add(Styles.TITLE_3);
        HBox heading = new HBox(title, badge);
        heading.getStyleClass().add("summary-cause-heading");
        VBox body = new VBox(heading);
        body.getStyleClass().add("summary-cause-body");
        // The cause's own safety points first; advice on the same card does not repeat them.
        Set<SafetyPoint> shown = EnumSet.noneOf(SafetyPoint.class);
        body.getChildren().addAll(safety(finding.cause().safety(), shown, "summaryCause-" + id + "-safety-"));
        if (urgent) {
            body.getChildren().addAll(helpFirst(id));
        } else if (!finding.topAdvice().isEmpty()) {
            Label what = new Label(text.text("wizard.summary.whatToDo"));
            what.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_BOLD, "summary-what-to-do");
            body.getChildren().add(what);
            finding.topAdvice().forEach(a -> body.getChildren().add(advice(a, "summaryAdvice-" + id + "-", shown)));
        }
        Hyperlink more = new Hyperlink(text.text("wizard.summary.readAbout"), new Glyph("FontAwesome", "BOOK"));
        more.setId("summaryRead-" + id);
        more.setAccessibleText(text.text("wizard.cause.readMore.accessible", finding.cause().title()));
        more.setOnAction(e -> openReader.accept(WizardStep.CauseStep.PREFIX + id));
        more.getStyleClass().add("wizard-read-more");
        body.getChildren().add(more);
        HBox.setHgrow(body, Priority.ALWAYS);
        HBox card = new HBox(frame, body);
        card.setId("summaryCause-" + id);
        card.getStyleClass().addAll(Styles.CARD, "summary-cause");
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

    /** An advice title in bold with its one-line summary and its safety points. */
    Node advice(Advice advice, String idPrefix) {
        return advice(advice, idPrefix, EnumSet.noneOf(SafetyPoint.class));
    }

    private Node advice(Advice advice, String idPrefix, Set<SafetyPoint> shown) {
        Label title = new Label(advice.title());
        title.getStyleClass().add(Styles.TEXT_BOLD);
        title.setWrapText(true);
        Label summary = new Label(advice.summary());
        summary.getStyleClass().add("summary-advice-text");
        summary.setWrapText(true);
        VBox box = new VBox(title, summary);
        box.getChildren().addAll(safety(advice.safety(), shown, idPrefix + advice.id() + "-safety-"));
        box.setId(idPrefix + advice.id());
        box.getStyleClass().add("summary-advice");
        return box;
    }

    /** A numbered step of what to do during a cramp. */
    Node duringStep(Advice advice, int number) {
        Label badge = new Label(Integer.toString(number));
        badge.getStyleClass().add(Styles.NUMBER_BUBBLE);
        Node words = advice(advice, "summaryDuring-");
        HBox.setHgrow(words, Priority.ALWAYS);
        HBox row = new HBox(badge, words);
        row.getStyleClass().add("summary-step");
        return row;
    }

    Node factor(OtherFactor factor) {
        Label title = new Label(factor.title());
        title.getStyleClass().add(Styles.TEXT_BOLD);
        Label body = new Label(factor.text());
        body.setWrapText(true);
        body.getStyleClass().add("summary-advice-text");
        VBox box = new VBox(title, body);
        box.getChildren().addAll(safety(factor.safety(), EnumSet.noneOf(SafetyPoint.class),
                "summaryFactor-" + factor.id() + "-safety-"));
        box.setId("summaryFactor-" + factor.id());
        box.getStyleClass().add("summary-advice");
        return box;
    }

    /** A warning line per safety point not yet shown, in the guide's one wording; marks them shown. */
    private List<Node> safety(List<SafetyPoint> points, Set<SafetyPoint> shown, String idPrefix) {
        List<SafetyPoint> fresh = points.stream().filter(shown::add).toList();
        List<String> words = safetyWords.apply(fresh);
        List<Node> lines = new ArrayList<>();
        for (int i = 0; i < fresh.size(); i++) {
            Label line = new Label(words.get(i));
            line.setId(idPrefix + fresh.get(i).id());
            lines.add(IconLine.of("EXCLAMATION_TRIANGLE", line, "summary-warning-sign"));
        }
        return lines;
    }

    Node warningSign(HelpItem item) {
        Label label = new Label(SafetyText.join(item.text(), safetyWords.apply(item.safety())));
        label.setWrapText(true);
        label.setId("summaryWarning-" + item.id());
        return IconLine.of("EXCLAMATION_TRIANGLE", label, "summary-warning-sign");
    }
}
