package org.nightcramp.l10n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The UI bundles against the code, in the manner of JabRef's LocalizationConsistencyTest: every key
 * the Java code or an FXML file uses is defined in every locale, no key is left unused, no key is
 * defined twice, and each translation takes the same arguments as English and is translated.
 */
class LocalizationConsistencyTest {

    private static final Path RESOURCES = Path.of("src/main/resources/org/nightcramp");
    private static final Path SOURCES = Path.of("src/main/java/org/nightcramp");
    private static final Path ENGLISH = RESOURCES.resolve("messages.properties");
    /** A dotted key as a whole string literal in Java, or as %key in FXML. */
    private static final Pattern JAVA_KEY = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9_.]+)\"");
    /** One line of a properties file that defines a key. */
    private static final Pattern DEFINITION = Pattern.compile("^([^#!\\s=:][^=:\\s]*)\\s*[=:]");
    /** Keys that are the same in every language: product names and file names. */
    private static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of("sheet.fileName", "app.title");

    @Test
    void everyKeyUsedInJavaOrFxmlIsDefinedInEveryLocale() {
        Set<String> used = used();
        assertTrue(used.size() > 150, "found only " + used.size() + " key uses; is the scan still finding them?");
        for (Path bundle : bundles()) {
            Set<String> missing = new TreeSet<>(used);
            missing.removeAll(keys(bundle));
            assertEquals(Set.of(), missing, "used but not defined in " + bundle.getFileName());
        }
    }

    @Test
    void noKeyIsUnused() {
        Set<String> unused = new TreeSet<>(keys(ENGLISH));
        unused.removeAll(used());
        assertEquals(Set.of(), unused, "defined in messages.properties but used nowhere");
    }

    @Test
    void everyLocaleHasExactlyTheEnglishKeysOnce() {
        assertTrue(bundles().size() >= 2, "expected English and at least one translation");
        for (Path bundle : bundles()) {
            assertEquals(Map.of(), duplicates(bundle), "keys defined twice in " + bundle.getFileName());
            assertEquals(new TreeSet<>(keys(ENGLISH)), new TreeSet<>(keys(bundle)), "keys of " + bundle.getFileName());
        }
    }

    @Test
    void translationsTakeTheSameArgumentsAndParse() {
        Map<String, String> english = messages(ENGLISH);
        for (Path bundle : bundles()) {
            Map<String, String> mismatched = new TreeMap<>();
            messages(bundle).forEach((key, pattern) -> {
                if (!arguments(pattern).equals(arguments(english.get(key)))) {
                    mismatched.put(key, arguments(english.get(key)) + " vs " + arguments(pattern));
                }
            });
            assertEquals(Map.of(), mismatched, "placeholders differ from English in " + bundle.getFileName());
        }
    }

    @Test
    void apostrophesAreDoubledSoEveryCallerRendersThemAlike() {
        for (Path bundle : bundles()) {
            Map<String, String> lone = new TreeMap<>();
            messages(bundle).forEach((key, pattern) -> {
                if (pattern.replace("''", "").contains("'")) {
                    lone.put(key, pattern);
                }
            });
            assertEquals(Map.of(), lone, "write '' for an apostrophe in " + bundle.getFileName());
        }
    }

    @Test
    void translationsAreTranslated() {
        Map<String, String> english = messages(ENGLISH);
        for (Path bundle : bundles()) {
            if (bundle.equals(ENGLISH)) {
                continue;
            }
            Set<String> same = new TreeSet<>();
            messages(bundle).forEach((key, text) -> {
                if (text.equals(english.get(key)) && text.matches("(?s).*[A-Za-z]{4,}.*")
                        && !SAME_IN_EVERY_LANGUAGE.contains(key)) {
                    same.add(key);
                }
            });
            assertEquals(Set.of(), same, "untranslated in " + bundle.getFileName());
        }
    }

    @Test
    void answersWithMnemonicsHaveOneEachAndAllDifferent() {
        for (Path bundle : bundles()) {
            Map<String, String> messages = messages(bundle);
            List<String> labels = List.of("wizard.answer.yes", "wizard.answer.no", "wizard.answer.notSure").stream()
                    .map(messages::get).toList();
            if (!bundle.equals(ENGLISH) && labels.stream().noneMatch(l -> l.contains("_"))) {
                // Chinese readers found 是(Y) old-fashioned; Alt+Y, Alt+N and Alt+S still answer there.
                continue;
            }
            Set<Character> letters = new TreeSet<>();
            for (String label : labels) {
                assertEquals(1, label.chars().filter(c -> c == '_').count(), label);
                letters.add(Character.toUpperCase(label.charAt(label.indexOf('_') + 1)));
            }
            assertEquals(3, letters.size(), "mnemonics must differ in " + bundle.getFileName() + ": " + letters);
        }
    }

    /** Keys named in the code: whole string literals in Java that are defined keys, and %keys in FXML. */
    private static Set<String> used() {
        Set<String> defined = keys(ENGLISH);
        Set<String> used = new TreeSet<>();
        for (Path file : files(SOURCES, ".java")) {
            scan(file, JAVA_KEY).stream().filter(defined::contains).forEach(used::add);
        }
        for (Path file : files(RESOURCES, ".fxml")) {
            used.addAll(scan(file, FXML_KEY));
        }
        // A key-shaped literal in a call that reads text is a use even if it is not defined.
        for (Path file : files(SOURCES, ".java")) {
            used.addAll(scan(file, Pattern.compile("\\.text\\(\\s*\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"")));
        }
        return used;
    }

    private static Set<String> scan(Path file, Pattern pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = pattern.matcher(read(file));
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static List<Path> bundles() {
        try (Stream<Path> files = Files.list(RESOURCES)) {
            return files.filter(p -> p.getFileName().toString().matches("messages(_.+)?\\.properties")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> keys(Path bundle) {
        return messages(bundle).keySet();
    }

    private static Map<String, String> messages(Path bundle) {
        java.util.Properties properties = new java.util.Properties();
        try (var reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> messages = new TreeMap<>();
        properties.stringPropertyNames().forEach(k -> messages.put(k, properties.getProperty(k)));
        return messages;
    }

    /** Keys with more than one definition line (Properties.load keeps only the last). */
    private static Map<String, Long> duplicates(Path bundle) {
        Map<String, Long> counts = read(bundle).lines()
                .map(DEFINITION::matcher)
                .filter(Matcher::find)
                .collect(Collectors.groupingBy(m -> m.group(1), LinkedHashMap::new, Collectors.counting()));
        counts.values().removeIf(n -> n < 2);
        return counts;
    }

    /** The argument indices a pattern uses; it must also parse. */
    private static Set<Integer> arguments(String pattern) {
        Set<Integer> indices = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\d+)").matcher(pattern.replaceAll("'[^']*'", ""));
        while (m.find()) {
            indices.add(Integer.parseInt(m.group(1)));
        }
        new MessageFormat(pattern, Locale.ROOT);
        return indices;
    }

    private static List<Path> files(Path root, String suffix) {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
