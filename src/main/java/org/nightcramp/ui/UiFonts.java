package org.nightcramp.ui;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * The window's font, chosen once in code. JavaFX uses only the first family of a CSS
 * {@code -fx-font-family} list, so a list such as "Noto Sans", "Segoe UI" meant the system font
 * until the advice sheet happened to load Noto Sans, and the whole window changed font at the next
 * theme or text-size change. Here the bundled Noto Sans is loaded before the window shows.
 *
 * <p>Chinese needs a font with a real bold face, or headings look like body text (JavaFX does not
 * embolden a font that has none) and its curly quotes are drawn narrow, in the Latin style. The
 * first installed family from {@link #CJK_FAMILIES} with a bold face is used; when there is none,
 * {@link #boldMissing} says so and the theme marks headings by colour instead.
 */
public final class UiFonts {

    private static final System.Logger LOG = System.getLogger(UiFonts.class.getName());

    /** The Latin family bundled under {@code content/fonts}. */
    public static final String BUNDLED = "Noto Sans";
    /** Chinese UI families with a bold face, most wanted first: Linux, then Windows and macOS. */
    static final List<String> CJK_FAMILIES = List.of("Noto Sans CJK SC", "Source Han Sans SC",
            "Source Han Sans CN", "Noto Sans SC", "Microsoft YaHei", "PingFang SC", "Hiragino Sans GB");
    private static final List<String> BUNDLED_FILES = List.of("NotoSans-Regular.ttf", "NotoSans-Bold.ttf");

    /** Whether the bundled fonts were registered; null before the first {@link #load}. */
    private static volatile Boolean bundledLoaded;

    private final String latin;
    private Optional<String> cjk;

    private UiFonts(String latin) {
        this.latin = latin;
    }

    /**
     * Loads the bundled fonts the first time (they stay registered with the toolkit for the life of
     * the process: a window rebuilt, or a test's hundredth window, reuses them); call on the FX
     * thread before the first scene is styled.
     */
    public static UiFonts load() {
        Boolean loaded = bundledLoaded;
        if (loaded == null) {
            loaded = registerBundled();
            bundledLoaded = loaded;
        }
        return new UiFonts(loaded ? BUNDLED : Font.getDefault().getFamily());
    }

    private static boolean registerBundled() {
        boolean loaded = true;
        for (String file : BUNDLED_FILES) {
            try (InputStream in = UiFonts.class.getResourceAsStream("/content/fonts/" + file)) {
                loaded &= in != null && Font.loadFont(in, 12) != null;
            } catch (IOException e) {
                loaded = false;
                LOG.log(System.Logger.Level.DEBUG, "Cannot read the bundled font " + file, e);
            }
        }
        if (!loaded) {
            LOG.log(System.Logger.Level.WARNING, "The bundled Noto Sans is missing; using the system font");
        }
        return loaded;
    }

    /** The family for the whole window in this language. */
    public String family(Locale locale) {
        return chinese(locale) ? cjk().orElse(latin) : latin;
    }

    /** True when the language's font has no bold face on this computer. */
    public boolean boldMissing(Locale locale) {
        return chinese(locale) && cjk().isEmpty();
    }

    /** The root style for this language and size, such as {@code -fx-font-family: "Noto Sans"; ...}. */
    public String rootStyle(Locale locale, double sizePx) {
        return "-fx-font-family: \"" + family(locale) + "\"; -fx-font-size: " + sizePx + "px;";
    }

    private Optional<String> cjk() {
        if (cjk == null) {
            cjk = CJK_FAMILIES.stream().filter(UiFonts::hasBold).findFirst();
            LOG.log(System.Logger.Level.DEBUG, "Chinese UI font: " + cjk.orElse("none with a bold face"));
        }
        return cjk;
    }

    static boolean hasBold(String family) {
        Font bold = Font.font(family, FontWeight.BOLD, 12);
        return bold.getFamily().equalsIgnoreCase(family)
                && bold.getName().toLowerCase(Locale.ROOT).contains("bold");
    }

    private static boolean chinese(Locale locale) {
        return "zh".equals(locale.getLanguage());
    }
}
