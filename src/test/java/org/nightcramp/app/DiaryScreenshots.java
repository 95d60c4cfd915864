package org.nightcramp.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The README's pictures of the Diary page at 1100 x 760, light English and night Chinese:
 * {@code mvn -o test -Dtest=DiaryScreenshots -Dscreenshots=true}.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class DiaryScreenshots {

    @TempDir
    Path dataDir;
    @TempDir
    Path shots;

    @Test
    void writesTheDiaryScreenshots() throws Exception {
        shoot("en", false, "diary-en-light");
        shoot("zh-CN", true, "diary-zh-night");
    }

    private void shoot(String locale, boolean night, String name) throws Exception {
        DiarySeed.fiveWeeks(dataDir);
        try (TestWindow window = TestWindow.start(dataDir, locale, night, 1.0, 1100, 760);
             MatrixShots pictures = new MatrixShots(shots)) {
            window.fire("navDiary");
            window.run(() -> pictures.take(name, window.scene(), null));
        }
        Path out = Path.of("src/site/screenshots", name + ".png");
        Files.copy(shots.resolve(name + ".png"), out, StandardCopyOption.REPLACE_EXISTING);
    }
}
