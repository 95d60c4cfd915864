package org.nightcramp.sheet;

import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.text.Font;

/**
 * The sheet's font files loaded into JavaFX, so the preview and the printout draw the very
 * glyphs the layout measured and the PDF embeds.
 */
public final class FxFonts {

    private static final System.Logger LOG = System.getLogger(FxFonts.class.getName());

    /** JavaFX font name per file, such as "Noto Sans Bold"; loaded once per file. */
    private final Map<String, String> names = new ConcurrentHashMap<>();

    public Font font(FontFace face, double size) {
        String name = names.computeIfAbsent(face.fileName(), file -> {
            Font loaded = Font.loadFont(new ByteArrayInputStream(face.data()), size);
            if (loaded == null) {
                LOG.log(System.Logger.Level.WARNING, "JavaFX cannot load fonts/" + file + "; the preview uses the default font");
                return Font.getDefault().getName();
            }
            return loaded.getName();
        });
        return new Font(name, size);
    }
}
