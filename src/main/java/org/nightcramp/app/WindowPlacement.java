package org.nightcramp.app;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Puts the window back where it was, unless that place is no longer on any screen. */
final class WindowPlacement {

    private WindowPlacement() {
    }

    static void restore(Stage stage, WindowBounds bounds) {
        stage.setWidth(bounds.width());
        stage.setHeight(bounds.height());
        if (bounds.x() == WindowBounds.CENTRE && bounds.y() == WindowBounds.CENTRE
                || !fitsOnScreen(bounds)) {
            stage.centerOnScreen();
        } else {
            stage.setX(bounds.x());
            stage.setY(bounds.y());
        }
        stage.setMaximized(bounds.maximized());
    }

    /** True when some screen still shows the saved place; a removed monitor makes it false. */
    private static boolean fitsOnScreen(WindowBounds b) {
        return !Screen.getScreensForRectangle(new Rectangle2D(b.x(), b.y(), b.width(), b.height())).isEmpty();
    }

    static WindowBounds capture(Stage stage) {
        return new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                stage.isMaximized()).sanitized();
    }
}
