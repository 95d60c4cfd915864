package org.nightcramp.relief;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.animation.FadeTransition;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import org.nightcramp.illustration.IllustrationPart;
import org.nightcramp.illustration.IllustrationView;
import javafx.util.Duration;

/**
 * The step's drawing, large, with its moving part bound to the pose the display computes. Each
 * drawing is built once and kept, since the routines switch between a handful of them.
 *
 * <p>Between holds, and while getting ready for one, a drawing may have a resting pose of its own
 * beside it ({@code calf-stretch-rest.svg} for {@code calf-stretch.svg}): turning the whole
 * stretching body back left the hands in the air off the wall, and easing off the toe pull kept
 * the towel taut. When there is one it is shown then, and the stretch drawing is shown as drawn;
 * without one the single drawing is turned as before.
 */
final class ReliefIllustration {

    static final String REST_SUFFIX = "-rest.svg";
    private static final Duration FADE = Duration.millis(250);

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
        display.restingProperty().addListener((obs, old, now) -> show());
        show();
    }

    private void show() {
        String file = display.illustrationProperty().get();
        if (file.isEmpty()) {
            host.getChildren().clear();
            return;
        }
        // Asked for at the first rest (getting ready is one), and kept for the holds that follow.
        boolean resting = display.restingProperty().get();
        Optional<Node> rest = resting || views.containsKey(restName(file))
                ? ready(view(restName(file))) : Optional.empty();
        Node view = rest.filter(r -> display.restingProperty().get()).orElseGet(() -> view(file));
        if (host.getChildren().size() != 1 || host.getChildren().get(0) != view) {
            host.getChildren().setAll(view);
            if (rest.isPresent()) {
                FadeTransition fade = new FadeTransition(FADE, view);
                fade.setFromValue(0.3);
                fade.setToValue(1);
                fade.play();
            }
        }
        unbind();
        if (rest.isEmpty()) {
            part(view, display.partProperty().get()).ifPresent(this::bind);
        }
    }

    static String restName(String file) {
        return file.endsWith(".svg") ? file.substring(0, file.length() - 4) + REST_SUFFIX : file + REST_SUFFIX;
    }

    private Node view(String file) {
        return views.computeIfAbsent(file, name -> {
            Node made = illustrations.apply(name);
            made.getStyleClass().add("relief-drawing");
            // The app's loader fills a drawing in a pulse after making it (or marks it missing); look again then.
            if (made instanceof IllustrationView drawing) {
                drawing.illustrationProperty().addListener((obs, old, now) -> show());
                drawing.getStyleClass().addListener((javafx.collections.ListChangeListener<String>) c -> show());
            }
            return made;
        });
    }

    /** The resting drawing once it has loaded; empty while it loads, or when there is none. */
    private static Optional<Node> ready(Node view) {
        return view instanceof IllustrationView drawing && drawing.getIllustration() != null
                ? Optional.of(view) : Optional.empty();
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
