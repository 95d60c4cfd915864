package org.nightcramp.content.illustration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every illustration code has a message in each language, and no message is left over. */
class IllustrationMessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"problems.properties", "problems_zh_CN.properties"})
    void everyCodeHasAMessageAndNoneIsUnused(String file) throws IOException {
        Properties messages = load(file);
        Set<String> keys = messages.stringPropertyNames().stream()
                .filter(k -> k.startsWith("illustration."))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> codes = Arrays.stream(IllustrationCode.values()).map(IllustrationCode::key)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(codes, keys);
        for (String key : keys) {
            String pattern = messages.getProperty(key);
            // A lone apostrophe would make MessageFormat swallow the rest of the message.
            assertFalse(pattern.replace("''", "").contains("'"), key);
            String formatted = new MessageFormat(pattern).format(new Object[] {"a0", "a1", "a2", "a3"});
            assertFalse(formatted.contains("{"), key);
        }
    }

    private static Properties load(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = IllustrationMessagesTest.class.getResourceAsStream("/org/nightcramp/content/" + file)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
