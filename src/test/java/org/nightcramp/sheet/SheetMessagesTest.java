package org.nightcramp.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every sheet key the code or the FXML asks for is in both bundles, none is unused, and all are translated. */
class SheetMessagesTest {

    private static final Pattern KEY = Pattern.compile("\"%?(sheet\\.[A-Za-z.]+)\"");
    private static final List<Path> USERS = List.of(Path.of("src/main/java/org/nightcramp/sheet"),
            Path.of("src/main/resources/org/nightcramp/sheet"), Path.of("src/main/java/org/nightcramp/app"));

    private final Properties english = load("messages.properties");
    private final Properties chinese = load("messages_zh_CN.properties");

    @Test
    void everyKeyUsedIsInBothBundles() throws IOException {
        Set<String> used = used();
        assertTrue(used.size() > 30, used::toString);
        assertEquals(Set.of(), missing(used, english), "missing in English");
        assertEquals(Set.of(), missing(used, chinese), "missing in Chinese");
    }

    @Test
    void noSheetKeyIsUnused() throws IOException {
        Set<String> used = used();
        Set<String> unused = new TreeSet<>();
        for (String key : english.stringPropertyNames()) {
            if (key.startsWith("sheet.") && !used.contains(key)) {
                unused.add(key);
            }
        }
        assertEquals(Set.of(), unused);
    }

    @Test
    void chineseSheetWordsAreTranslated() {
        Set<String> same = new TreeSet<>();
        for (String key : english.stringPropertyNames()) {
            String en = english.getProperty(key);
            if (key.startsWith("sheet.") && en.equals(chinese.getProperty(key)) && en.matches("(?s).*[A-Za-z]{4,}.*")
                    && !key.equals("sheet.fileName")) {
                same.add(key);
            }
        }
        assertEquals(Set.of(), same);
    }

    private static Set<String> missing(Set<String> used, Properties bundle) {
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(bundle.stringPropertyNames());
        return missing;
    }

    private static Set<String> used() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (Path root : USERS) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Matcher m = KEY.matcher(Files.readString(file));
                    while (m.find()) {
                        keys.add(m.group(1));
                    }
                }
            }
        }
        return keys;
    }

    private static Properties load(String file) {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(SheetMessagesTest.class.getResourceAsStream("/org/nightcramp/" + file),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new AssertionError("Cannot read " + file, e);
        }
        return properties;
    }
}
