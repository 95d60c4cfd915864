package org.nightcramp.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The problem messages: one for every code the code can produce, in every language alike. */
class ProblemBundlesTest {

    private static final Path CONTENT_SOURCES = Path.of("src/main/java/org/nightcramp/content");
    /** A string literal shaped like a problem code, such as "json.syntax". */
    private static final Pattern CODE = Pattern.compile("\"([a-z]+\\.[a-z][A-Za-z]*)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    private static final Properties ENGLISH = load("problems.properties");
    private static final Properties CHINESE = load("problems_zh_CN.properties");

    @Test
    void chineseHasExactlyTheEnglishKeys() {
        assertEquals(ENGLISH.stringPropertyNames(), CHINESE.stringPropertyNames());
    }

    @Test
    void chineseMessagesUseTheSamePlaceholders() {
        TreeMap<String, String> differ = new TreeMap<>();
        for (String key : ENGLISH.stringPropertyNames()) {
            Set<String> en = placeholders(ENGLISH.getProperty(key));
            Set<String> zh = placeholders(CHINESE.getProperty(key, ""));
            if (!en.equals(zh)) {
                differ.put(key, en + " vs " + zh);
            }
        }

        assertEquals(new TreeMap<>(), differ);
    }

    @Test
    void everyMessageFillsInAllItsArguments() {
        List<String> broken = new ArrayList<>();
        for (Properties bundle : List.of(ENGLISH, CHINESE)) {
            for (String key : bundle.stringPropertyNames()) {
                String pattern = bundle.getProperty(key);
                // Indexed by number: a message may skip one, as {0} {1} {3} does.
                int size = placeholders(pattern).stream().mapToInt(Integer::parseInt).max().orElse(-1) + 1;
                Object[] args = java.util.stream.IntStream.range(0, size).mapToObj(n -> "ARG" + n).toArray();
                // A stray apostrophe quotes what follows it and would swallow a placeholder.
                String text = new MessageFormat(pattern, Locale.ROOT).format(args);
                for (String n : placeholders(pattern)) {
                    if (!text.contains("ARG" + n)) {
                        broken.add(key + ": " + text);
                    }
                }
            }
        }

        assertEquals(List.of(), broken);
    }

    @Test
    void everyCodeInTheContentPackageHasAMessage() throws IOException {
        Set<String> codes = codesInSources();
        codes.removeAll(ENGLISH.stringPropertyNames());

        assertFalse(codesInSources().isEmpty());
        assertEquals(Set.of(), codes);
    }

    @Test
    void everyMessageIsUsedByTheCode() throws IOException {
        Set<String> unused = new TreeSet<>(ENGLISH.stringPropertyNames());
        unused.removeAll(codesInSources());

        assertEquals(Set.of(), unused);
    }

    private static Set<String> codesInSources() throws IOException {
        Set<String> codes = new TreeSet<>();
        // Files.walk: the illustration codes live in the content.illustration subpackage.
        try (Stream<Path> files = Files.walk(CONTENT_SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = CODE.matcher(Files.readString(file));
                while (m.find()) {
                    codes.add(m.group(1));
                }
            }
        }
        // The one literal of that shape that is a file name, not a code.
        codes.remove(ContentPaths.GUIDE_FILE);
        return codes;
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Properties load(String name) {
        try (InputStream in = ContentProblem.class.getResourceAsStream(name)) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
