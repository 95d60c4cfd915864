package org.nightcramp.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.nightcramp.content.EvidenceLevel;

/** Every word the wizard asks for is in English and Chinese, and each answer has its own mnemonic. */
class WizardMessagesTest {

    private static final Path JAVA = Path.of("src/main/java/org/nightcramp/wizard");
    private static final Path FXML = Path.of("src/main/resources/org/nightcramp/wizard");
    /** A key in FXML ("%wizard.next") or a Java string literal that looks like one. */
    private static final Pattern FXML_KEY = Pattern.compile("\"%([a-z]+(\\.[A-Za-z0-9]+)+)\"");
    private static final Pattern JAVA_KEY = Pattern.compile("\"((wizard|reader)\\.[A-Za-z0-9.]+[A-Za-z0-9])\"");

    private final Properties english = load("messages.properties");
    private final Properties chinese = load("messages_zh_CN.properties");

    @Test
    void everyKeyTheWizardUsesIsInBothLanguages() {
        Set<String> used = keysUsed();
        Set<String> missing = new TreeSet<>();
        for (String key : used) {
            if (!english.containsKey(key) || !chinese.containsKey(key)) {
                missing.add(key);
            }
        }
        assertTrue(used.size() > 40, "found only " + used);
        assertEquals(Set.of(), missing);
    }

    @Test
    void everyEvidenceLevelHasItsWords() {
        for (EvidenceLevel level : EvidenceLevel.values()) {
            String key = "reader.evidence." + level.name().toLowerCase(Locale.ROOT);
            assertTrue(english.containsKey(key) && chinese.containsKey(key), key);
        }
    }

    @Test
    void chineseWizardWordsAreTranslated() {
        Set<String> same = new TreeSet<>();
        for (String key : english.stringPropertyNames()) {
            String en = english.getProperty(key);
            if (key.startsWith("wizard.") && en.equals(chinese.getProperty(key)) && en.matches("(?s).*[A-Za-z]{3,}.*")) {
                same.add(key);
            }
        }
        assertEquals(Set.of(), same);
    }

    @Test
    void eachAnswerHasOneMnemonicOfItsOwn() {
        for (Properties bundle : List.of(english, chinese)) {
            Set<Character> letters = new TreeSet<>();
            for (String key : List.of("wizard.answer.yes", "wizard.answer.no", "wizard.answer.notSure")) {
                String label = bundle.getProperty(key);
                assertEquals(1, label.chars().filter(c -> c == '_').count(), label);
                letters.add(Character.toUpperCase(label.charAt(label.indexOf('_') + 1)));
            }
            assertEquals(3, letters.size(), "mnemonics must differ: " + letters);
        }
    }

    private static Set<String> keysUsed() {
        Set<String> keys = new TreeSet<>();
        scan(FXML, ".fxml", FXML_KEY, keys);
        scan(JAVA, ".java", JAVA_KEY, keys);
        // Built from a level or a likelihood at run time; wizard.css is a file name.
        keys.removeIf(k -> k.equals("reader.evidence") || k.equals("wizard.summary") || k.equals("wizard.css"));
        return keys;
    }

    private static void scan(Path folder, String suffix, Pattern pattern, Set<String> keys) {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties load(String name) {
        try (var in = WizardMessagesTest.class.getResourceAsStream("/org/nightcramp/" + name)) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
