package org.nightcramp.wizard;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * A loaded step page and where focus lands when it opens: the first question, or the first
 * thing to do.
 */
public record StepPage(Parent root, Supplier<Optional<Node>> initialFocus) {

    /** What every step page's controller tells the wizard shell. */
    public interface View {
        Optional<Node> initialFocus();
    }
}
