package org.nightcramp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the UI bundles in step: every locale has exactly the English keys, and every key the
 * code or an FXML file asks for is defined, so no label ever shows as a raw key.
 */
class MessagesConsistencyTest {

    private static final Path RESOURCES = Path.of("src/main/resources/org/nightcramp");
    private static final Path SOURCES = Path.of("src/main/java/org/nightcramp");
    /** %key in FXML attribute values. */
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9_.]+)\"");
    /** Keys passed as literals to the lookups the app uses. */
    private static final Pattern JAVA_KEY = Pattern.compile(
            "(?:text|getString|format|labelKey|key)\\(\\s*\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");
    /** Enum constants that carry a key, such as Page.HOME("nav.home", ...). */
    private static final Pattern ENUM_KEY = Pattern.compile("^\\s*[A-Z_]+\\(\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"",
            Pattern.MULTILINE);

    @Test
    void everyLocaleHasExactlyTheEnglishKeys() throws IOException {
        Set<String> english = load(RESOURCES.resolve("messages.properties")).stringPropertyNames();
        List<Path> locales;
        try (Stream<Path> files = Files.list(RESOURCES)) {
            locales = files.filter(p -> p.getFileName().toString().matches("messages_.+\\.properties")).toList();
        }
        assertTrue(locales.size() >= 1, "expected at least one translation of messages.properties");
        for (Path locale : locales) {
            Set<String> keys = load(locale).stringPropertyNames();
            assertEquals(new TreeSet<>(english), new TreeSet<>(keys), "keys of " + locale.getFileName());
        }
    }

    @Test
    void everyKeyUsedInFxmlOrJavaIsDefined() throws IOException {
        Set<String> defined = load(RESOURCES.resolve("messages.properties")).stringPropertyNames();
        TreeMap<String, String> missing = new TreeMap<>();
        int used = 0;
        for (Path file : files(RESOURCES, ".fxml")) {
            used += collect(file, FXML_KEY, defined, missing);
        }
        for (Path file : files(SOURCES, ".java")) {
            used += collect(file, JAVA_KEY, defined, missing);
            used += collect(file, ENUM_KEY, defined, missing);
        }
        assertTrue(used > 40, "found only " + used + " key uses; is the scan still finding them?");
        assertEquals(new TreeMap<>(), missing, "keys used but not in messages.properties (key → file)");
    }

    private static int collect(Path file, Pattern pattern, Set<String> defined, TreeMap<String, String> missing) {
        String text = read(file);
        Matcher m = pattern.matcher(text);
        int count = 0;
        while (m.find()) {
            count++;
            String key = m.group(1);
            // Problem codes live in the content package's own bundle.
            boolean contentProblem = file.toString().contains("/content/");
            if (!contentProblem && !defined.contains(key)) {
                missing.put(key, file.getFileName().toString());
            }
        }
        return count;
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
