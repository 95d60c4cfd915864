package org.nightcramp.reader;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/** Vertical scroll arithmetic for a scroll pane: where a node is, and where the view is. */
final class Scrolling {

    private Scrolling() {
    }

    /** The top of {@code bounds} (in {@code node}'s coordinates), measured from the top of the scroll content. */
    static double contentY(ScrollPane scroll, Node node, Bounds bounds) {
        Node content = scroll.getContent();
        return content.sceneToLocal(node.localToScene(bounds)).getMinY();
    }

    static double contentY(ScrollPane scroll, Node node) {
        return contentY(scroll, node, node.getLayoutBounds());
    }

    /** How far the content can scroll: its height less the viewport's. */
    static double range(ScrollPane scroll) {
        return Math.max(0, scroll.getContent().getLayoutBounds().getHeight() - viewportHeight(scroll));
    }

    static double viewportHeight(ScrollPane scroll) {
        return scroll.getViewportBounds().getHeight();
    }

    /** The content y shown at the top of the viewport. */
    static double top(ScrollPane scroll) {
        double span = scroll.getVmax() - scroll.getVmin();
        return span <= 0 ? 0 : (scroll.getVvalue() - scroll.getVmin()) / span * range(scroll);
    }

    /** Scrolls so content y {@code y} is at the top of the viewport, as near as the content allows. */
    static void scrollTo(ScrollPane scroll, double y) {
        double range = range(scroll);
        double fraction = range <= 0 ? 0 : Math.min(1, Math.max(0, y / range));
        scroll.setVvalue(scroll.getVmin() + fraction * (scroll.getVmax() - scroll.getVmin()));
    }

    /** True when content y range [minY, maxY] is wholly inside the viewport. */
    static boolean isVisible(ScrollPane scroll, double minY, double maxY) {
        double top = top(scroll);
        return minY >= top && maxY <= top + viewportHeight(scroll);
    }
}
