package org.nightcramp.app;

import java.net.URL;
import java.util.List;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The app's icon for window title bars and task bars, rendered from
 * {@code packaging/icon/night-cramp-guide.svg} by {@code packaging/icon/render.sh}. The window
 * system picks the size it needs; sizes it does not use cost one small PNG decode each.
 */
final class AppIcon {

    static final List<Integer> SIZES = List.of(16, 24, 32, 48, 64, 128, 256);

    private AppIcon() {
    }

    /** Gives the stage the icon, unless it has it already (the start-up warm-up may have done it). */
    static void apply(Stage stage) {
        if (!stage.getIcons().isEmpty()) {
            return;
        }
        for (int size : SIZES) {
            stage.getIcons().add(new Image(url(size).toExternalForm()));
        }
    }

    static URL url(int size) {
        URL url = AppIcon.class.getResource("icon/icon-" + size + ".png");
        if (url == null) {
            throw new IllegalStateException("Missing resource org/nightcramp/app/icon/icon-" + size + ".png");
        }
        return url;
    }
}
