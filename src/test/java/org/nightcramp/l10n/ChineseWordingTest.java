package org.nightcramp.l10n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nightcramp.content.ClasspathContentSource;
import org.nightcramp.content.ContentPaths;
import org.nightcramp.storage.StrictJson;

/**
 * The Chinese words a mainland reader asked for (issue 9.12) stay: the polite 您 for the older
 * readers this is for, 抽筋急救, 建议清单 and 夜间模式; and the odd ones do not come back.
 */
class ChineseWordingTest {

    private static String bundle() throws IOException {
        try (InputStream in = ChineseWordingTest.class.getResourceAsStream("/org/nightcramp/messages_zh_CN.properties")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String guide() throws IOException {
        byte[] data = new ClasspathContentSource().read(ContentPaths.guide("zh-CN"), StrictJson.MAX_DOCUMENT_BYTES);
        return new String(data, StandardCharsets.UTF_8);
    }

    @Test
    void bothAddressTheReaderAs您NeverAs你() throws IOException {
        for (String text : List.of(bundle(), guide())) {
            assertTrue(text.contains("您"), "您 is used");
            assertEquals(-1, text.indexOf('你'), () -> around(text, text.indexOf('你')));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"抽筋急救", "建议清单", "夜间模式"})
    void theChosenWordsAreUsed(String word) throws IOException {
        assertTrue((bundle() + guide()).contains(word), word);
    }

    @ParameterizedTest
    @ValueSource(strings = {"正在抽筋", "我的建议单", "助产士"})
    void theOddWordsAreGone(String word) throws IOException {
        for (String text : List.of(bundle(), guide())) {
            int at = text.indexOf(word);
            assertEquals(-1, at, () -> around(text, at));
        }
    }

    /** Old-Windows mnemonics such as 是(Y) or 否(_N), in half- or full-width brackets. */
    @Test
    void noLabelCarriesALatinMnemonicInBrackets() throws IOException {
        String bundle = bundle();
        Matcher m = Pattern.compile("[(（]_?[A-Za-z][)）]").matcher(bundle);
        int at = m.find() ? m.start() : -1;
        assertEquals(-1, at, () -> around(bundle, at));
    }

    private static String around(String text, int at) {
        return text.substring(Math.max(0, at - 30), Math.min(text.length(), at + 30));
    }
}
