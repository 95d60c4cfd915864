package org.nightcramp.app;

import java.util.List;
import javafx.application.Platform;
import org.controlsfx.control.NotificationPane;
import org.controlsfx.glyphfont.Glyph;

/** Non-blocking notices at the top of the page, for things the person should know but not stop for. */
final class Notices {

    private Notices() {
    }

    static void show(NotificationPane pane, AppSession session, List<String> lines) {
        pane.setText(String.join("\n", lines));
        pane.setGraphic(new Glyph("FontAwesome", "INFO_CIRCLE"));
        pane.setCloseButtonVisible(true);
        pane.setAccessibleText(session.texts().text("notice.accessible"));
        // The pane animates from its laid-out size, so show it once the scene has a layout.
        Platform.runLater(pane::show);
    }
}
