package org.nightcramp.ui;

import java.util.List;
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

    /** Questions remembered between two changes: a layout pass asks at one or two widths. */
    private static final int REMEMBERED = 8;
    /** A question is its kind (0 min, 1 pref), the width and the four insets. */
    private static final int PARTS = 6;

    // Plain arrays searched in a row rather than a map: a record key's hashCode and equals run
    // through method handles, which cost more than the search before the JIT has seen them.
    private final double[] questions = new double[REMEMBERED * PARTS];
    private final double[] answers = new double[REMEMBERED];
    private int remembered;
    private int oldest;

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
            registerChangeListener(input, changed -> forget());
        }
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        int known = find(0, width, top, right, bottom, left);
        return known >= 0 ? answers[known]
                : remember(0, width, top, right, bottom, left, super.computeMinHeight(width, top, right, bottom, left));
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        int known = find(1, width, top, right, bottom, left);
        return known >= 0 ? answers[known]
                : remember(1, width, top, right, bottom, left, super.computePrefHeight(width, top, right, bottom, left));
    }

    private void forget() {
        remembered = 0;
        oldest = 0;
    }

    /** Where the answer to this question is kept, or -1. */
    private int find(double kind, double width, double top, double right, double bottom, double left) {
        if (getSkinnable().getGraphic() != null) {
            // A graphic's own size can change without the label hearing of it.
            return -1;
        }
        for (int i = 0; i < remembered; i++) {
            int at = i * PARTS;
            if (questions[at] == kind && questions[at + 1] == width && questions[at + 2] == top
                    && questions[at + 3] == right && questions[at + 4] == bottom && questions[at + 5] == left) {
                return i;
            }
        }
        return -1;
    }

    private double remember(double kind, double width, double top, double right, double bottom, double left,
                            double answer) {
        if (getSkinnable().getGraphic() != null) {
            return answer;
        }
        int slot;
        if (remembered < REMEMBERED) {
            slot = remembered++;
        } else {
            slot = oldest;
            oldest = (oldest + 1) % REMEMBERED;
        }
        int at = slot * PARTS;
        questions[at] = kind;
        questions[at + 1] = width;
        questions[at + 2] = top;
        questions[at + 3] = right;
        questions[at + 4] = bottom;
        questions[at + 5] = left;
        answers[slot] = answer;
        return answer;
    }
}
