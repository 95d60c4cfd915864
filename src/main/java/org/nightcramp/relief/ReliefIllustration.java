package org.nightcramp.relief;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import org.nightcramp.illustration.IllustrationPart;
import org.nightcramp.illustration.IllustrationView;

/**
 * The step's drawing, large, with its moving part bound to the pose the display computes. Each
 * drawing is built once and kept, since the routines switch between a handful of them.
 */
final class ReliefIllustration {

    private final StackPane host;
    private final Function<String, Node> illustrations;
    private final ReliefDisplay display;
    private final Map<String, Node> views = new HashMap<>();
    private IllustrationPart bound;

    ReliefIllustration(StackPane host, Function<String, Node> illustrations, ReliefDisplay display) {
        this.host = host;
        this.illustrations = illustrations;
        this.display = display;
        display.illustrationProperty().addListener((obs, old, now) -> show());
        display.partProperty().addListener((obs, old, now) -> show());
        show();
    }

    private void show() {
        String file = display.illustrationProperty().get();
        if (file.isEmpty()) {
            host.getChildren().clear();
            return;
        }
        Node view = views.computeIfAbsent(file, name -> {
            Node made = illustrations.apply(name);
            made.getStyleClass().add("relief-drawing");
            // The app's loader fills a drawing in a pulse after making it; bind its part then.
            if (made instanceof IllustrationView drawing) {
                drawing.illustrationProperty().addListener((obs, old, now) -> {
                    if (host.getChildren().contains(made)) {
                        show();
                    }
                });
            }
            return made;
        });
        if (host.getChildren().size() != 1 || host.getChildren().get(0) != view) {
            host.getChildren().setAll(view);
        }
        unbind();
        part(view, display.partProperty().get()).ifPresent(this::bind);
    }

    /** The moving part, when the loader gave a real drawing (a missing file shows an empty one). */
    private static Optional<IllustrationPart> part(Node view, String name) {
        return view instanceof IllustrationView drawing && !name.isEmpty() ? drawing.part(name) : Optional.empty();
    }

    private void bind(IllustrationPart part) {
        part.rotateProperty().bind(display.partRotateProperty());
        part.translateXProperty().bind(display.partTranslateXProperty());
        part.translateYProperty().bind(display.partTranslateYProperty());
        bound = part;
    }

    private void unbind() {
        if (bound != null) {
            bound.rotateProperty().unbind();
            bound.translateXProperty().unbind();
            bound.translateYProperty().unbind();
            // Back to the drawing's own pose, so the next phase using it starts from there.
            bound.setRotate(0);
            bound.setTranslateX(0);
            bound.setTranslateY(0);
            bound = null;
        }
    }
}
