package org.nightcramp.reader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.nightcramp.reader.FindModel.Match;
import org.nightcramp.reader.HighlightText.Range;

/** The rendered document: one column of section nodes, and the text runs find highlights. */
final class ReaderPage {

    private final VBox column = new VBox();
    private final Map<String, Node> sections = new LinkedHashMap<>();
    private final List<HighlightText> runs = new ArrayList<>();
    private final Map<Integer, List<Range>> highlighted = new HashMap<>();

    ReaderPage(ReaderDocument document, Function<String, Node> illustrations) {
        column.getStyleClass().add("reader-column");
        BlockNodes nodes = new BlockNodes(illustrations, runs);
        for (Section section : document.sections()) {
            VBox box = new VBox();
            box.setId(nodeId("section-", section.id()));
            box.getStyleClass().addAll("reader-section", "reader-section-level-" + section.level());
            box.getChildren().add(nodes.text(section.heading(), "reader-h" + section.level()));
            section.blocks().forEach(b -> box.getChildren().add(nodes.node(b)));
            sections.put(section.id(), box);
            column.getChildren().add(box);
        }
        List<String> texts = document.texts();
        if (runs.size() != texts.size()) {
            // Find counts in document.texts(); rendering must create the same runs in the same order.
            throw new IllegalStateException("Rendered " + runs.size() + " text runs but the document has "
                    + texts.size() + "; BlockNodes and Block.texts() disagree");
        }
    }

    /** A node id for a section id: ':' would read as a CSS pseudo-class in a lookup. */
    static String nodeId(String prefix, String sectionId) {
        return prefix + sectionId.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    VBox column() {
        return column;
    }

    /** Section nodes by section id, in reading order. */
    Map<String, Node> sections() {
        return sections;
    }

    HighlightText run(int index) {
        return runs.get(index);
    }

    /** How many text runs the page has, in reading order. */
    int runCount() {
        return runs.size();
    }

    /** Marks every match, the current one stronger; an empty list clears all marks. */
    void highlight(List<Match> matches, Match current) {
        Map<Integer, List<Range>> byRun = new HashMap<>();
        for (Match match : matches) {
            byRun.computeIfAbsent(match.block(), b -> new ArrayList<>())
                    .add(new Range(match.start(), match.end(), match.equals(current)));
        }
        highlighted.keySet().stream().filter(i -> !byRun.containsKey(i)).forEach(i -> runs.get(i).highlight(List.of()));
        byRun.forEach((i, ranges) -> {
            if (!ranges.equals(highlighted.get(i))) {
                runs.get(i).highlight(ranges);
            }
        });
        highlighted.clear();
        highlighted.putAll(byRun);
    }

    /** The bounds of a match in its run's coordinates, once laid out. */
    Optional<Bounds> bounds(Match match) {
        return run(match.block()).rangeBounds(match.start(), match.end());
    }
}
