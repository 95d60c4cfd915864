package org.nightcramp.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.controlsfx.control.ToggleSwitch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Issue 9.6: the window's font changed from DejaVu to Noto Sans after the first theme or text
 * size change; Chinese headings were not bold and Chinese quotes were drawn as narrow Latin ones.
 */
@ExtendWith(ApplicationExtension.class)
class UiFontTest {

    /** Chinese UI families with a bold face this test knows; one is on most Linux desktops. */
    private static final String[] CJK_BOLD = {"Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN",
        "Noto Sans SC", "Microsoft YaHei", "PingFang SC", "Hiragino Sans GB"};

    @TempDir
    Path dataDir;

    @Test
    void theFontStaysTheSameThroughThemeAndTextSizeChanges() throws Exception {
        try (TestWindow app = TestWindow.start(dataDir, "en", false, 1.0, 1100, 760)) {
            String first = family(app, "homeTitle");
            // The sheet page loads its own fonts; then the theme and the text size change.
            app.fire("navSheet");
            app.run(() -> ((ToggleSwitch) app.node("nightSwitch")).setSelected(true));
            app.fire("textLarger");
            app.fire("navHome");
            assertEquals(first, family(app, "homeTitle"), "the window's font changed");
            assertEquals("Noto Sans", first, "the bundled font, the one the sheet prints with");
        }
    }

    @Test
    void chineseHeadingsAreBoldAndItsQuotesAreChineseQuotes() throws Exception {
        String installed = null;
        for (String family : CJK_BOLD) {
            Font bold = Font.font(family, FontWeight.BOLD, 12);
            if (installed == null && bold.getFamily().equals(family) && bold.getName().contains("Bold")) {
                installed = family;
            }
        }
        try (TestWindow app = TestWindow.start(dataDir, "zh-CN", false, 1.0, 1100, 760)) {
            Label title = app.node("homeTitle");
            if (installed == null) {
                // No Chinese font with a bold face here: headings must be marked some other way.
                assertTrue(app.node("mainWindow").getStyleClass().contains("cjk-no-bold"));
                return;
            }
            Font font = TestWindow.call(title::getFont);
            assertEquals(installed, font.getFamily(), "a Chinese font with a bold face");
            assertTrue(font.getName().contains("Bold"), font.toString());
            // A Chinese quote is as wide as a character; a Latin one about a third of that.
            double quote = TestWindow.call(() -> width("\u201c", font));
            double character = TestWindow.call(() -> width("\u4e2d", font));
            assertTrue(quote > 0.7 * character, "the quote is " + quote + " px beside a " + character + " px character");
        }
    }

    private static String family(TestWindow app, String id) {
        return TestWindow.call(() -> ((Label) app.node(id)).getFont().getFamily());
    }

    private static double width(String s, Font font) {
        Text text = new Text(s);
        text.setFont(font);
        return text.getLayoutBounds().getWidth();
    }
}
