package org.nightcramp.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How a problem reads to a translator, in English and in Chinese. */
class ContentProblemTest {

    private static final Locale CHINESE = Locale.forLanguageTag("zh-CN");

    private final Locale defaultLocale = Locale.getDefault();

    @AfterEach
    void restoreDefaultLocale() {
        Locale.setDefault(defaultLocale);
    }

    private static final ContentProblem UNKNOWN = ContentProblem.at("zh-CN/guide.json", "$.causes[1].titel", 107, 16,
            "json.unknownProperty", "titel", "id, title");

    @Test
    void describesFileLineColumnPathAndMessageInEnglish() {
        assertEquals("zh-CN/guide.json:107:16 ($.causes[1].titel): Unknown property \"titel\". "
                + "Check the spelling; the properties allowed here are: id, title.", UNKNOWN.describe(Locale.ENGLISH));
    }

    @Test
    void describesInChinese() {
        assertEquals("zh-CN/guide.json:107:16 ($.causes[1].titel): 未知的属性“titel”。请检查拼写；此处允许的属性有：id, title。",
                UNKNOWN.describe(CHINESE));
    }

    @Test
    void leavesOutWhatIsNotKnown() {
        assertEquals("en/guide.json: There is no English guide (en/guide.json). Every content folder needs one; "
                + "other languages are checked against it.",
                ContentProblem.of("en/guide.json", "", "content.noReference").describe(Locale.ENGLISH));
        assertEquals("en/guide.json:3 ($): The file must be one JSON object that starts with { and ends with }.",
                ContentProblem.at("en/guide.json", "$", 3, 0, "json.notObject").describe(Locale.ENGLISH));
        assertEquals("en/guide.json:1:1 ($): 文件必须是一个 JSON 对象，以“{”开头、以“}”结尾。",
                ContentProblem.at("en/guide.json", "$", 1, 1, "json.notObject").describe(CHINESE));
    }

    @Test
    void numbersAreShownAsGiven() {
        ContentProblem p = ContentProblem.of("illustrations/x.svg", "", "file.tooLarge", 2048, 256);

        assertEquals("illustrations/x.svg: The file is 2048 KB, more than the 256 KB allowed. "
                + "Make it smaller before it can be used.", p.describe(Locale.ENGLISH));
    }

    @Test
    void languageWithoutMessagesGetsEnglish() {
        assertEquals(UNKNOWN.message(Locale.ENGLISH), UNKNOWN.message(Locale.FRENCH));
    }

    @Test
    void englishIsEnglishWhateverTheDefaultLanguage() {
        Locale.setDefault(CHINESE);

        assertEquals("Unknown property \"titel\". Check the spelling; the properties allowed here are: id, title.",
                UNKNOWN.message(Locale.ENGLISH));
    }

    @Test
    void unknownCodeIsShownWithItsDetailsRatherThanHidden() {
        ContentProblem p = ContentProblem.of("en/guide.json", "$.x", "no.such.code", "a", 1);

        assertEquals("no.such.code a, 1", p.message(Locale.ENGLISH));
    }

    @Test
    void inFileKeepsEverythingButTheFile() {
        ContentProblem moved = UNKNOWN.inFile("en/guide.json");

        assertEquals(new ContentProblem("en/guide.json", "$.causes[1].titel", 107, 16, "json.unknownProperty",
                List.of("titel", "id, title")), moved);
    }
}
