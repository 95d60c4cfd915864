package org.nightcramp.wizard;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;

/**
 * The questions of one page. Keeps one row active, the one focus was last in, so its answers
 * answer to Alt+Y, Alt+N and Alt+S.
 */
final class QuestionRows {

    private final List<QuestionRow> rows = new ArrayList<>();
    private QuestionRow active;

    void add(QuestionRow row) {
        rows.add(row);
        row.root().focusWithinProperty().addListener((obs, was, is) -> {
            if (is) {
                activate(row);
            }
        });
        if (active == null) {
            activate(row);
        }
    }

    List<Node> nodes() {
        return rows.stream().map(QuestionRow::root).toList();
    }

    /** The first question's answer, where focus lands when the page opens. */
    Optional<Node> firstFocus() {
        return rows.stream().findFirst().map(QuestionRow::focusTarget);
    }

    private void activate(QuestionRow row) {
        if (active != row) {
            if (active != null) {
                active.setActive(false);
            }
            active = row;
            row.setActive(true);
        }
    }
}
