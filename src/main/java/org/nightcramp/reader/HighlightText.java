package org.nightcramp.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Group;
import javafx.scene.layout.Region;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * One run of wrapped reading text that can mark find matches: soft shapes from
 * {@link TextFlow#rangeShape} drawn behind the text, the current match in a stronger colour.
 */
final class HighlightText extends Region {

    /** A highlighted character range; {@code current} marks the match find is on. */
    record Range(int start, int end, boolean current) {
    }

    private final TextFlow flow;
    private final Group highlights = new Group();
    private List<Range> ranges = List.of();

    HighlightText(String content, String... styleClasses) {
        Text text = new Text(content);
        text.getStyleClass().add("reader-text");
        flow = new TextFlow(text);
        flow.getStyleClass().add("reader-flow");
        highlights.setManaged(false);
        highlights.setMouseTransparent(true);
        getChildren().addAll(highlights, flow);
        getStyleClass().add("reader-text-run");
        getStyleClass().addAll(styleClasses);
    }

    /** Marks these ranges, replacing any marked before; an empty list clears them. */
    void highlight(List<Range> newRanges) {
        if (ranges.isEmpty() && newRanges.isEmpty()) {
            return;
        }
        ranges = List.copyOf(newRanges);
        List<Path> paths = new ArrayList<>();
        for (Range range : ranges) {
            Path path = new Path();
            path.setStroke(null);
            path.getStyleClass().add("find-highlight");
            if (range.current()) {
                path.getStyleClass().add("current");
            }
            paths.add(path);
        }
        highlights.getChildren().setAll(paths);
        requestLayout();
    }

    /** Where a character range sits, in this node's coordinates, once laid out. */
    Optional<Bounds> rangeBounds(int start, int end) {
        Path path = new Path(flow.rangeShape(start, end));
        path.setStroke(null);
        return path.getElements().isEmpty() ? Optional.empty()
                : Optional.of(flow.localToParent(path.getBoundsInLocal()));
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double top = snappedTopInset();
        flow.resizeRelocate(left, top, getWidth() - left - snappedRightInset(),
                getHeight() - top - snappedBottomInset());
        // rangeShape reads the flow's line layout, so lay it out before asking (parents lay out first).
        flow.layout();
        // Not relocate(): a Group's layout bounds start where its shapes start.
        highlights.setLayoutX(left);
        highlights.setLayoutY(top);
        for (int i = 0; i < ranges.size(); i++) {
            Range range = ranges.get(i);
            ((Path) highlights.getChildren().get(i)).getElements().setAll(flow.rangeShape(range.start(), range.end()));
        }
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + flow.prefWidth(-1) + snappedRightInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        double inner = width < 0 ? -1 : Math.max(0, width - snappedLeftInset() - snappedRightInset());
        return snappedTopInset() + flow.prefHeight(inner) + snappedBottomInset();
    }
}
