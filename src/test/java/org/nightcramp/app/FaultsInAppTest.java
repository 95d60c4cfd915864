package org.nightcramp.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.nightcramp.content.BadFonts;
import org.nightcramp.content.ContentFolder;
import org.nightcramp.l10n.Texts;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 14 in the window: a bad {@code --locale} is told and never saved, and the sheet page says
 * which font it cannot use instead of failing to open.
 */
@ExtendWith(ApplicationExtension.class)
class FaultsInAppTest {

    @TempDir
    Path dir;

    private Path settings() {
        return dir.resolve("settings.json");
    }

    private String savedField(String name) throws java.io.IOException {
        return org.nightcramp.storage.StrictJson.create().readTree(settings().toFile()).get(name).asText();
    }

    private static boolean showsText(TestWindow app, String text) {
        return TestWindow.call(() -> app.all(n -> n instanceof Labeled l && l.getText() != null
                && l.getText().contains(text) && n.isVisible()).size() > 0);
    }

    @Test
    void aBadLocaleIsToldTheSavedLanguageIsUsedAndNothingOfItIsSaved() throws Exception {
        try (TestWindow first = TestWindow.start(dir, "zh-CN", false, 1.0, 1100, 760)) {
            first.run(() -> { });
        }
        try (TestWindow app = TestWindow.restart(dir, 1100, 760, "--locale", "../x;rm")) {
            String told = Texts.ui(Locale.getDefault()).text("notice.localeBad", "../x;rm");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showsText(app, told));
            assertEquals("zh-CN", TestWindow.call(() -> app.window().session().localeTag()));
            app.fire("textLarger");
        }
        String saved = Files.readString(settings());
        assertEquals("zh-CN", savedField("locale"));
        assertEquals(1.15, Double.parseDouble(savedField("textScale")), "the change made in this run is saved");
        assertFalse(saved.contains("../x"), saved);
    }

    @Test
    void aValidLocaleIsForThisRunOnly() throws Exception {
        try (TestWindow first = TestWindow.start(dir, "zh-CN", false, 1.0, 1100, 760)) {
            first.run(() -> { });
        }
        try (TestWindow app = TestWindow.restart(dir, 1100, 760, "--locale", "en")) {
            assertEquals("en", TestWindow.call(() -> app.window().session().localeTag()));
            app.fire("textLarger");
        }
        assertEquals("zh-CN", savedField("locale"));
        assertEquals(1.15, Double.parseDouble(savedField("textScale")));
    }

    @Test
    void theSheetPageNamesABrokenFont() throws Exception {
        ContentFolder content = ContentFolder.bundledCopy(Files.createDirectories(dir.resolve("content")));
        content.writeBytes(BadFonts.REGULAR, new byte[0]);
        Path data = Files.createDirectories(dir.resolve("data"));
        try (TestWindow first = TestWindow.start(data, "en", false, 1.0, 1100, 760)) {
            first.run(() -> { });
        }
        try (TestWindow app = TestWindow.restart(data, 1100, 760, "--content", content.root().toString())) {
            app.fire("navSheet");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.find("sheetProblem").isPresent());
            String shown = TestWindow.call(() -> ((Labeled) app.node("sheetProblem")).getText());
            assertTrue(shown.startsWith("The advice sheet cannot be made: fonts/NotoSans-Regular.ttf: "), shown);
            assertTrue(TestWindow.call(() -> ((Button) app.node("sheetPrint")).isDisabled()));
            assertTrue(TestWindow.call(() -> ((Button) app.node("sheetSave")).isDisabled()));
        }
    }
}
