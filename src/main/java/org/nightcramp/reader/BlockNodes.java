package org.nightcramp.reader;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.nightcramp.reader.Block.Bullets;
import org.nightcramp.reader.Block.Illustration;
import org.nightcramp.reader.Block.Lead;
import org.nightcramp.reader.Block.Note;
import org.nightcramp.reader.Block.Paragraph;
import org.nightcramp.reader.Block.SourceEntry;
import org.nightcramp.reader.Block.Sources;
import org.nightcramp.reader.Block.Step;
import org.nightcramp.reader.Block.Steps;
import org.nightcramp.reader.Block.Subheading;
import org.nightcramp.ui.Styles;

/**
 * Renders blocks as nodes. Every text run goes through {@link #text}, in the order of
 * {@link Block#texts()}, so the n-th run created is the n-th text find searches.
 */
final class BlockNodes {

    private static final System.Logger LOG = System.getLogger(BlockNodes.class.getName());

    private final Function<String, Node> illustrations;
    private final List<HighlightText> runs;

    BlockNodes(Function<String, Node> illustrations, List<HighlightText> runs) {
        this.illustrations = illustrations;
        this.runs = runs;
    }

    HighlightText text(String content, String... styleClasses) {
        HighlightText run = new HighlightText(content, styleClasses);
        runs.add(run);
        return run;
    }

    Node node(Block block) {
        // Java 17: no pattern switch yet; the sealed Block keeps this list complete.
        if (block instanceof Paragraph p) {
            return text(p.text(), "reader-paragraph");
        } else if (block instanceof Lead l) {
            return text(l.text(), "reader-lead");
        } else if (block instanceof Subheading s) {
            return text(s.text(), "reader-h3");
        } else if (block instanceof Bullets b) {
            return bullets(b.items());
        } else if (block instanceof Illustration i) {
            return illustration(i.fileName(), i.description(), "reader-illustration");
        } else if (block instanceof Note n) {
            return note(n);
        } else if (block instanceof Steps s) {
            return steps(s.steps());
        } else if (block instanceof Sources s) {
            return sources(s.entries());
        }
        throw new IllegalArgumentException("No rendering for " + block.getClass().getName());
    }

    private VBox bullets(List<String> items) {
        VBox list = box("reader-bullets");
        for (String item : items) {
            Text mark = new Text("\u2022");
            mark.getStyleClass().add("reader-bullet-mark");
            HighlightText run = text(item, "reader-paragraph");
            HBox.setHgrow(run, Priority.ALWAYS);
            HBox row = new HBox(mark, run);
            row.setAlignment(Pos.BASELINE_LEFT);
            row.getStyleClass().add("reader-bullet");
            list.getChildren().add(row);
        }
        return list;
    }

    private Node note(Note note) {
        VBox box = box("reader-note", "note-" + note.kind().name().toLowerCase(Locale.ROOT));
        box.getChildren().add(text(note.title(), "reader-note-title"));
        if (!note.text().isBlank()) {
            box.getChildren().add(text(note.text(), "reader-paragraph"));
        }
        if (!note.points().isEmpty()) {
            box.getChildren().add(bullets(note.points()));
        }
        return box;
    }

    private Node steps(List<Step> steps) {
        VBox list = box("reader-steps");
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            Label number = new Label(Integer.toString(i + 1));
            number.getStyleClass().add(Styles.NUMBER_BUBBLE);
            VBox body = box("reader-step-body");
            body.getChildren().addAll(text(step.title(), "reader-step-title"), text(step.instruction(), "reader-paragraph"));
            if (!step.timing().isBlank()) {
                body.getChildren().add(text(step.timing(), "reader-step-timing"));
            }
            HBox.setHgrow(body, Priority.ALWAYS);
            HBox row = new HBox(number, body);
            row.getStyleClass().add("reader-step");
            if (!step.illustration().isBlank()) {
                row.getChildren().add(illustration(step.illustration(), step.title(), "reader-step-illustration"));
            }
            list.getChildren().add(row);
        }
        return list;
    }

    private Node sources(List<SourceEntry> entries) {
        VBox list = box("reader-sources");
        for (SourceEntry entry : entries) {
            VBox source = box("reader-source");
            source.getChildren().addAll(text(entry.citation(), "reader-paragraph"), text(entry.url(), "reader-url"));
            list.getChildren().add(source);
        }
        return list;
    }

    private Node illustration(String fileName, String description, String styleClass) {
        StackPane frame = new StackPane();
        frame.getStyleClass().add(styleClass);
        frame.setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        frame.setAccessibleText(description);
        try {
            Node drawing = illustrations.apply(fileName);
            if (drawing != null) {
                frame.getChildren().add(drawing);
            }
        } catch (RuntimeException e) {
            // One broken drawing should not blank the whole guide; the reader still has the text.
            LOG.log(System.Logger.Level.WARNING, "Cannot draw illustration " + fileName, e);
        }
        return frame;
    }

    private static VBox box(String... styleClasses) {
        VBox box = new VBox();
        box.getStyleClass().addAll(styleClasses);
        return box;
    }
}
