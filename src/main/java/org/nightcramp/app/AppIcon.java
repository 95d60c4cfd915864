package org.nightcramp.app;

import java.net.URL;
import java.util.List;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The app's icon for window title bars and task bars, rendered from
 * {@code packaging/icon/night-cramp-guide.svg} by {@code packaging/icon/render.sh}. JavaFX 21
 * hands the window system one icon: of the stage's icons the one nearest 32 px on Windows and
 * 128 px on Linux and macOS, scaled to that size. So the stage gets those two sizes only; the
 * other five it was given before were each a PNG decode at every start that no window showed
 * (the 256 px one alone larger than all the rest).
 */
final class AppIcon {

    static final List<Integer> SIZES = List.of(32, 128);

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
