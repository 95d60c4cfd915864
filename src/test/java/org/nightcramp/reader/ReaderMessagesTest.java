package org.nightcramp.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every word the reader asks for is in both UI bundle files, and both files have the same keys. */
class ReaderMessagesTest {

    private final Properties english = load("messages.properties");
    private final Properties chinese = load("messages_zh_CN.properties");

    @Test
    void everyReaderTextIsInBothFiles() {
        List<String> missing = Arrays.stream(ReaderText.values())
                .map(ReaderText::key)
                .filter(k -> !english.containsKey(k) || !chinese.containsKey(k))
                .toList();

        assertEquals(List.of(), missing);
    }

    @Test
    void filesHaveTheSameKeys() {
        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(chinese.stringPropertyNames()));
    }

    @Test
    void chineseReaderWordsAreTranslated() {
        Set<String> same = new TreeSet<>();
        for (String key : english.stringPropertyNames()) {
            String en = english.getProperty(key);
            // Patterns of only numbers and punctuation may rightly read the same.
            if (key.startsWith("reader.") && en.equals(chinese.getProperty(key)) && en.matches("(?s).*[A-Za-z]{3,}.*")) {
                same.add(key);
            }
        }
        assertTrue(same.isEmpty(), "untranslated: " + same);
    }

    static Properties load(String file) {
        String path = "/org/nightcramp/" + file;
        try (InputStream in = ReaderMessagesTest.class.getResourceAsStream(path)) {
            assertNotNull(in, "missing " + path);
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            return properties;
        } catch (IOException e) {
            throw new AssertionError("Cannot read " + path, e);
        }
    }
}
