package org.nightcramp.illustration;

import javafx.application.Platform;
import javafx.scene.Node;
import org.nightcramp.content.illustration.IllustrationCache;

/**
 * Makes scene nodes for the content's drawings; each call gets a new view, since a node can sit
 * in only one place in the scene. The parsing and its cache live in the pure core.
 */
public final class IllustrationViews {

    private final IllustrationCache drawings;

    public IllustrationViews(IllustrationCache drawings) {
        this.drawings = drawings;
    }

    /**
     * A themed view that draws itself on the next pulse when its file still has to be read and
     * parsed: the window can show its first frame without waiting for that. A drawing read already
     * (the first page's, during the preload) is drawn at once, so that frame is complete rather
     * than followed by another. Marked missing when the file is missing or refused.
     */
    public Node deferredView(String fileName) {
        IllustrationView view = new IllustrationView();
        view.setId("illustration-" + fileName.replace(".svg", ""));
        if (drawings.isRead(fileName)) {
            draw(view, fileName);
        } else {
            Platform.runLater(() -> draw(view, fileName));
        }
        return view;
    }

    private void draw(IllustrationView view, String fileName) {
        drawings.illustration(fileName).ifPresentOrElse(view::setIllustration,
                () -> view.getStyleClass().add("illustration-missing"));
    }
}
