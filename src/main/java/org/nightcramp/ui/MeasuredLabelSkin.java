package org.nightcramp.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.skin.LabelSkin;

/**
 * A label's skin that remembers the heights it measured until something they depend on changes.
 * JavaFX's own skin lays the label's text out again for every min- and pref-height question, and a
 * page in a fit-to-height scroll pane asks for every label's heights several times per layout
 * pass (each box asks its children, and the scroll pane asks the page for its minimum as well):
 * the text of the home page was laid out again and again in the first frame, about 7% of the
 * window thread's time to the first paint (JFR, installed launcher). The answers are JavaFX's own,
 * only not worked out twice. {@code app.css} gives every {@code Label} this skin.
 */
public final class MeasuredLabelSkin extends LabelSkin {

    /** Widths asked about between two changes: a layout pass asks at one or two. */
    private static final int REMEMBERED = 8;

    private final Map<Question, Double> heights = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Question, Double> eldest) {
            return size() > REMEMBERED;
        }
    };

    public MeasuredLabelSkin(Label label) {
        super(label);
        // Every property the heights are worked out from. Change listeners, not invalidation
        // listeners: these fire at every change, whether or not the value was read since.
        List<ObservableValue<?>> inputs = List.of(label.textProperty(), label.fontProperty(),
                label.wrapTextProperty(), label.lineSpacingProperty(), label.labelPaddingProperty(),
                label.graphicProperty(), label.contentDisplayProperty(), label.graphicTextGapProperty(),
                label.mnemonicParsingProperty(), label.underlineProperty(), label.textOverrunProperty(),
                label.ellipsisStringProperty(),
                // Sizes are snapped to the window's pixels: another window may snap differently.
                label.sceneProperty());
        for (ObservableValue<?> input : inputs) {
            registerChangeListener(input, changed -> heights.clear());
        }
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return remembered(new Question(false, width, top, right, bottom, left),
                () -> super.computeMinHeight(width, top, right, bottom, left));
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return remembered(new Question(true, width, top, right, bottom, left),
                () -> super.computePrefHeight(width, top, right, bottom, left));
    }

    private double remembered(Question question, DoubleSupplier measure) {
        if (getSkinnable().getGraphic() != null) {
            // A graphic's own size can change without the label hearing of it.
            return measure.getAsDouble();
        }
        Double known = heights.get(question);
        if (known != null) {
            return known;
        }
        double height = measure.getAsDouble();
        heights.put(question, height);
        return height;
    }

    /** One height question: its kind, the width it is asked at and the label's insets. */
    private record Question(boolean pref, double width, double top, double right, double bottom, double left) {
    }
}
