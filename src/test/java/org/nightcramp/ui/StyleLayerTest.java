package org.nightcramp.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the style layer in one place: the theme (app.css) defines the colours, the Night look and
 * the shared components of {@link Styles}; a feature's stylesheet only lays out, is named by its
 * own FXML, and uses sizes from the one type scale.
 */
class StyleLayerTest {

    private static final Path RESOURCES = Path.of("src/main/resources/org/nightcramp");
    private static final Path SOURCES = Path.of("src/main/java/org/nightcramp");
    private static final Path THEME = RESOURCES.resolve("app/app.css");
    /** The drawings' palette is part of the theme too: it has a Light and a Night set. */
    private static final Path PALETTE = RESOURCES.resolve("illustration/illustration.css");
    /** The type scale, in em of the root font (see Styles). */
    private static final Set<String> SCALE = Set.of("0.9em", "1em", "1.15em", "1.45em", "2em", "3em");
    private static final Pattern FONT_SIZE = Pattern.compile("-fx-font-size:\\s*([^;]+);");
    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^}]*)}");
    private static final Pattern LOOKS = Pattern.compile("-fx-(font|text-fill|fill|background-color|border-color|effect)");

    @Test
    void everyFontSizeIsOnTheScale() {
        Map<String, List<String>> sizes = new TreeMap<>();
        for (Path css : stylesheets()) {
            Matcher m = FONT_SIZE.matcher(uncommented(css));
            while (m.find()) {
                sizes.computeIfAbsent(m.group(1).trim(), k -> new ArrayList<>()).add(RESOURCES.relativize(css).toString());
            }
        }
        sizes.keySet().removeAll(SCALE);
        assertEquals(Map.of(), sizes, "font sizes off the scale " + SCALE);
    }

    @Test
    void onlyTheThemeDefinesColoursNightAndComponents() {
        List<String> found = new ArrayList<>();
        Set<String> components = Set.of(Styles.TITLE_1, Styles.TITLE_2, Styles.TITLE_3, Styles.TEXT_LEAD,
                Styles.TEXT_MUTED, Styles.TEXT_SMALL, Styles.TEXT_DISPLAY, Styles.CARD, Styles.CALLOUT,
                Styles.BADGE, Styles.NUMBER_BUBBLE, Styles.BUTTON_PRIMARY, Styles.BUTTON_SECONDARY,
                Styles.BUTTON_DANGER, Styles.BUTTON_QUIET, Styles.BUTTON_LARGE, Styles.KICKER);
        for (Path css : stylesheets()) {
            if (css.equals(THEME) || css.equals(PALETTE)) {
                continue;
            }
            String text = uncommented(css);
            String name = RESOURCES.relativize(css).toString();
            if (text.contains("theme-night")) {
                found.add(name + ": a Night rule (Night lives in app.css)");
            }
            if (Pattern.compile("#[0-9a-fA-F]{3,8}\\b").matcher(text).find()) {
                found.add(name + ": a colour of its own (use the theme's -nc-* colours)");
            }
            Matcher rule = RULE.matcher(text);
            while (rule.find()) {
                // Placing a component is layout; changing how it looks is the theme's job.
                boolean looks = LOOKS.matcher(rule.group(2)).find();
                for (String component : components) {
                    if (looks && Pattern.compile("\\." + Pattern.quote(component) + "(?![\\w-])").matcher(rule.group(1)).find()) {
                        found.add(name + ": restyles the ." + component + " component in " + rule.group(1).trim());
                    }
                }
                // The reader's words are Text nodes, which label components cannot reach.
                if (rule.group(1).matches("(?s).*(number|bubble|badge|-title|heading)\\b.*")
                        && !rule.group(1).contains(".reader-text") && rule.group(2).contains("-fx-font-size")) {
                    found.add(name + ": a title, badge or bubble of its own in " + rule.group(1).trim());
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void stylesheetsAreAttachedOneWay() throws IOException {
        // The scene carries the theme; every other sheet is named by exactly one FXML, beside it.
        List<String> calls = new ArrayList<>();
        for (Path java : files(SOURCES, ".java")) {
            if (Files.readString(java).contains("getStylesheets()")) {
                calls.add(SOURCES.relativize(java).toString());
            }
        }
        assertEquals(List.of("app/Dialogs.java", "app/MainWindow.java"), calls.stream().sorted().toList(),
                "only the window adds the theme, and dialogs copy it");
        Set<String> named = new TreeSet<>();
        for (Path fxml : files(RESOURCES, ".fxml")) {
            Matcher m = Pattern.compile("stylesheets=\"@([^\"]+)\"").matcher(Files.readString(fxml));
            while (m.find()) {
                Path css = fxml.getParent().resolve(m.group(1));
                assertTrue(Files.exists(css), fxml + " names a missing " + css);
                assertTrue(named.add(RESOURCES.relativize(css).toString()), css + " is named twice");
            }
        }
        Set<String> feature = new TreeSet<>();
        for (Path css : stylesheets()) {
            if (!css.equals(THEME) && !css.equals(PALETTE)) {
                feature.add(RESOURCES.relativize(css).toString());
            }
        }
        assertEquals(feature, named, "every feature stylesheet is named by one FXML");
    }

    private static List<Path> stylesheets() {
        return files(RESOURCES, ".css");
    }

    private static String uncommented(Path css) {
        try {
            return Files.readString(css).replaceAll("(?s)/\\*.*?\\*/", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> files(Path root, String suffix) {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
