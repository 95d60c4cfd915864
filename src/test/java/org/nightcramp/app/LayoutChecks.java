package org.nightcramp.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Accordion;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import org.controlsfx.control.SegmentedButton;
import org.nightcramp.illustration.IllustrationView;
import org.nightcramp.relief.ReliefDial;

/**
 * What the layout matrix asserts about one window as a person sees it: no label cut short with an
 * ellipsis, no control on top of another or past the window's edge, and nothing stretched far
 * beyond the height its content needs. Controls scrolled out of a scroll pane's view are not seen,
 * so only the part inside every clipping ancestor counts. A page under a scrim (a style class ending
 * in {@code -scrim}, such as the print panel's) is dimmed and cannot be used, so only the panel
 * over it is looked at.
 */
final class LayoutChecks {

    /** Borders of neighbouring controls may touch and share a pixel or two. */
    private static final double TOUCH = 2.5;
    /** A label may be this many times the height its text needs at its width, plus {@link #SLACK}. */
    private static final double STRETCH = 3;
    private static final double SLACK = 24;
    /** A scroll pane's content may be this many times the height of its words and pictures. */
    private static final double CONTENT = 1.8;
    /** A clip that leaves nothing to see. */
    private static final Bounds NOTHING = new BoundingBox(-1e7, -1e7, 0, 0);
    /** The style class ending of a layer that dims and covers everything drawn before it. */
    private static final String SCRIM = "-scrim";

    private final List<String> problems = new ArrayList<>();
    private final List<Seen> controls = new ArrayList<>();
    private final Bounds window;

    private record Seen(Control control, Bounds visible) {
    }

    private LayoutChecks(Scene scene) {
        this.window = new BoundingBox(0, 0, scene.getWidth(), scene.getHeight());
    }

    /** The problems in this scene, one line each; empty when it is right. */
    static List<String> check(Scene scene) {
        LayoutChecks checks = new LayoutChecks(scene);
        // Only real clips (scroll pane viewports, drawings) hide a part; the window's edge does not.
        Bounds everywhere = new BoundingBox(-1e6, -1e6, 2e6, 2e6);
        checks.walk(scene.getRoot(), everywhere, everywhere, false);
        checks.overlaps();
        return checks.problems;
    }

    /**
     * @param fixed the clips of the ancestors outside any scroll pane (a page host cutting off
     *              what does not fit), or {@code null} inside one, where scrolling shows the rest
     */
    private void walk(Node node, Bounds clip, Bounds fixed, boolean insideControl) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        Bounds own = node.getClip() == null ? null : node.localToScene(node.getClip().getBoundsInParent());
        Bounds here = own == null ? clip : intersect(clip, own);
        Bounds fixedHere = fixed == null || own == null ? fixed
                : Optional.ofNullable(intersect(fixed, own)).orElse(NOTHING);
        if (fixed != null && node instanceof Control control && !container(control) && !insideControl) {
            cutOff(control, fixedHere);
        }
        if (here == null) {
            return;
        }
        if (node instanceof Labeled labeled) {
            ellipsis(labeled);
            stretched(labeled);
        }
        if (node instanceof ScrollPane scroll) {
            content(scroll);
        }
        boolean leaf = node instanceof Control control && !container(control) && !insideControl;
        if (leaf) {
            Bounds visible = intersect(here, node.localToScene(node.getLayoutBounds()));
            if (visible != null && visible.getWidth() > 0.5 && visible.getHeight() > 0.5) {
                controls.add(new Seen((Control) node, visible));
                outside((Control) node, visible);
            }
        }
        if (node instanceof Parent parent) {
            List<Node> children = parent.getChildrenUnmodifiable();
            // A panel over the page (the print panel) dims it under a scrim: only the panel is seen.
            int from = 0;
            for (int i = 0; i < children.size(); i++) {
                if (children.get(i).isVisible() && children.get(i).getStyleClass().stream().anyMatch(c -> c.endsWith(SCRIM))) {
                    from = i;
                }
            }
            Bounds fixedBelow = node instanceof ScrollPane ? null : fixedHere;
            for (Node child : children.subList(from, children.size())) {
                walk(child, here, fixedBelow, insideControl || leaf);
            }
        }
    }

    /** Controls that only hold others: their children are what a person looks at. */
    private static boolean container(Control control) {
        return control instanceof ScrollPane || control instanceof TitledPane || control instanceof SplitPane
                || control instanceof TabPane || control instanceof Accordion || control instanceof ToolBar
                || control instanceof ButtonBar || control instanceof SegmentedButton;
    }

    private void ellipsis(Labeled labeled) {
        String full = labeled.getText();
        if (full == null || full.isEmpty()) {
            return;
        }
        String shown = null;
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && child.getStyleClass().contains("text")) {
                shown = text.getText();
            }
        }
        if (shown == null) {
            return;
        }
        String expected = labeled.isMnemonicParsing() ? full.replaceFirst("_(?=.)", "") : full;
        String dots = labeled.getEllipsisString();
        if (!shown.equals(expected) && (shown.isEmpty() || shown.endsWith(dots)) && !expected.endsWith(dots)) {
            problems.add("cut short: " + describe(labeled) + " shows \"" + shown + "\"");
        }
    }

    private void stretched(Labeled labeled) {
        double need = labeled.prefHeight(labeled.getWidth());
        if (labeled.getHeight() > STRETCH * need + SLACK) {
            problems.add(String.format(Locale.ROOT, "stretched: %s is %.0f px tall but needs %.0f px",
                    describe(labeled), labeled.getHeight(), need));
        }
    }

    /** A scroll pane's content should not be mostly empty space. */
    private void content(ScrollPane scroll) {
        Node content = scroll.getContent();
        if (content == null) {
            return;
        }
        double natural = natural(content);
        // Content fitted to the viewport's height fills it by design; what it asks for is what counts.
        double height = scroll.isFitToHeight() ? content.prefHeight(content.getLayoutBounds().getWidth())
                : content.getLayoutBounds().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (natural > 0 && height > CONTENT * natural + viewport / 2) {
            problems.add(String.format(Locale.ROOT,
                    "mostly empty: %s holds %.0f px of content for %.0f px of words and pictures",
                    describe(scroll), height, natural));
        }
    }

    /** The summed heights of the words and pictures inside, as if stacked in one column. */
    private static double natural(Node node) {
        if (!node.isVisible()) {
            return 0;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            return labeled.getHeight();
        }
        // The countdown ring is a picture as much as a drawing is, its digits inside it.
        if (node instanceof Text || node instanceof IllustrationView || node instanceof ReliefDial
                || (node instanceof Control && !(node instanceof Labeled) && !(node instanceof ScrollPane))) {
            return node.getLayoutBounds().getHeight();
        }
        // Stacked layers take turns (the relief panel's timer, check and help panes): the stack
        // keeps the height of the tallest so the page does not jump, and that room is not empty.
        if (node instanceof StackPane stack) {
            double tallest = 0;
            for (Node layer : stack.getChildren()) {
                if (layer.isManaged()) {
                    tallest = Math.max(tallest, layer.isVisible() ? natural(layer) : layer.prefHeight(stack.getWidth()));
                }
            }
            return tallest;
        }
        double sum = 0;
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                sum += natural(child);
            }
        }
        return sum;
    }

    /** A control cut off by a clip no one can scroll (the page's edge), so a person cannot reach all of it. */
    private void cutOff(Control control, Bounds fixed) {
        Bounds full = control.localToScene(control.getLayoutBounds());
        if (full.getWidth() < 0.5 || full.getHeight() < 0.5) {
            return;
        }
        Bounds shown = fixed == null ? null : intersect(fixed, full);
        if (shown == null || shown.getWidth() < full.getWidth() - TOUCH || shown.getHeight() < full.getHeight() - TOUCH) {
            problems.add(String.format(Locale.ROOT, "cut off: %s at %s, %s of it can be seen", describe(control),
                    rect(full), shown == null ? "none" : rect(shown)));
        }
    }

    private void outside(Control control, Bounds visible) {
        if (visible.getMinX() < window.getMinX() - 1 || visible.getMinY() < window.getMinY() - 1
                || visible.getMaxX() > window.getMaxX() + 1 || visible.getMaxY() > window.getMaxY() + 1) {
            problems.add(String.format(Locale.ROOT, "outside the window: %s at %s", describe(control),
                    rect(visible)));
        }
    }

    private void overlaps() {
        for (int i = 0; i < controls.size(); i++) {
            for (int j = i + 1; j < controls.size(); j++) {
                Bounds a = controls.get(i).visible();
                Bounds b = controls.get(j).visible();
                Bounds both = intersect(a, b);
                if (both != null && both.getWidth() > TOUCH && both.getHeight() > TOUCH) {
                    problems.add("overlap: " + describe(controls.get(i).control()) + " " + rect(a) + " and "
                            + describe(controls.get(j).control()) + " " + rect(b));
                }
            }
        }
    }

    private static Bounds intersect(Bounds a, Bounds b) {
        double minX = Math.max(a.getMinX(), b.getMinX());
        double minY = Math.max(a.getMinY(), b.getMinY());
        double maxX = Math.min(a.getMaxX(), b.getMaxX());
        double maxY = Math.min(a.getMaxY(), b.getMaxY());
        return maxX <= minX || maxY <= minY ? null : new BoundingBox(minX, minY, maxX - minX, maxY - minY);
    }

    static String describe(Node node) {
        StringBuilder sb = new StringBuilder(node.getClass().getSimpleName());
        if (node.getId() != null) {
            sb.append('#').append(node.getId());
        } else {
            // The nearest ancestor with an id says where an anonymous node is.
            for (Node up = node.getParent(); up != null; up = up.getParent()) {
                if (up.getId() != null) {
                    sb.append(" in #").append(up.getId());
                    break;
                }
            }
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            String text = labeled.getText().replace('\n', ' ');
            sb.append(" \"").append(text.length() > 40 ? text.substring(0, 40) + "…" : text).append('"');
        }
        return sb.toString();
    }

    private static String rect(Bounds b) {
        return String.format(Locale.ROOT, "[%.0f,%.0f %.0fx%.0f]", b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
    }
}
