package org.nightcramp.app;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.controlsfx.glyphfont.GlyphFontRegistry;
import org.nightcramp.ui.UiFonts;

/**
 * The first frame's work that needs the toolkit but none of the data, done on the FX thread while
 * the preload is still reading settings and content on the other thread. Without it the FX thread
 * sat idle for that wait (about half a second of a 3.3 s start by {@code java -jar}) and did all
 * of this afterwards; every step here is one the window would do anyway, only earlier.
 */
final class FirstFrameWarmup {

    private FirstFrameWarmup() {
    }

    static void run(Stage stage) {
        UiFonts.load();
        // The first control makes JavaFX load and parse its default theme, modena.css (~200 ms cold).
        new Label();
        // The header's icons: ControlsFX finds and loads its icon font on first use.
        GlyphFontRegistry.font("FontAwesome");
        AppIcon.apply(stage);
    }
}
