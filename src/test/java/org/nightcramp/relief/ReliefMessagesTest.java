package org.nightcramp.relief;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every relief label the code asks for is in both bundles, none is left unused, and all are translated. */
class ReliefMessagesTest {

    private static final Pattern KEY = Pattern.compile("[\"%](relief\\.[A-Za-z.]+)\"");
    private static final Properties ENGLISH = load("messages.properties");
    private static final Properties CHINESE = load("messages_zh_CN.properties");

    @Test
    void everyKeyTheCodeUsesIsInBothFiles() {
        Set<String> missing = new TreeSet<>();
        for (String key : used()) {
            if (!ENGLISH.containsKey(key) || !CHINESE.containsKey(key)) {
                missing.add(key);
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void noReliefKeyIsLeftUnused() {
        Set<String> unused = new TreeSet<>(relief(ENGLISH));
        unused.removeAll(used());

        assertEquals(Set.of(), unused);
    }

    @Test
    void chineseHasEveryReliefKeyTranslatedAndFormattable() {
        assertEquals(relief(ENGLISH), relief(CHINESE));
        Set<String> same = new TreeSet<>();
        for (String key : relief(ENGLISH)) {
            if (ENGLISH.getProperty(key).equals(CHINESE.getProperty(key))
                    && ENGLISH.getProperty(key).matches("(?s).*[A-Za-z]{3,}.*")) {
                same.add(key);
            }
            for (Properties bundle : List.of(ENGLISH, CHINESE)) {
                new MessageFormat(bundle.getProperty(key), Locale.ROOT).format(new Object[] {1, 2, 3});
            }
        }
        assertEquals(Set.of(), same, "untranslated");
    }

    private static Set<String> relief(Properties bundle) {
        Set<String> keys = new TreeSet<>();
        bundle.stringPropertyNames().stream().filter(k -> k.startsWith("relief.")).forEach(keys::add);
        return keys;
    }

    private static Set<String> used() {
        Set<String> keys = new TreeSet<>();
        for (Path root : List.of(Path.of("src/main/java/org/nightcramp/relief"), Path.of("src/main/resources/org/nightcramp/relief"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Matcher m = KEY.matcher(Files.readString(file));
                    while (m.find()) {
                        keys.add(m.group(1));
                    }
                    // The one literal of that shape that is a file name, not a key.
                    keys.remove(ReliefPreferencesStore.FILE_NAME);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return keys;
    }

    private static Properties load(String name) {
        try (InputStream in = ReliefMessagesTest.class.getResourceAsStream("/org/nightcramp/" + name)) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
