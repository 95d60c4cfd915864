package org.nightcramp.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.nightcramp.content.ProblemAssert.assertOnly;
import static org.nightcramp.content.TestGuides.MAPPER;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fonts in a content folder are parsed by {@code --check-content}, and a broken one is named. */
class FontCheckTest {

    @TempDir
    Path dir;
    private ContentFolder folder;

    @BeforeEach
    void setUp() throws IOException {
        folder = ContentFolder.bundledCopy(dir);
    }

    private List<ContentProblem> checkWith(byte[] font) {
        folder.writeBytes(BadFonts.REGULAR, font);
        return new ContentChecker(MAPPER).check(folder.source());
    }

    @Test
    void bundledFontsPass() throws IOException {
        for (String name : List.of("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "DroidSansFallbackFull.ttf")) {
            String path = ContentPaths.FONTS + name;
            assertEquals(Optional.empty(), FontCheck.check(path,
                    new ClasspathContentSource().read(path, ReferenceChecker.MAX_FONT_BYTES)));
        }
    }

    @Test
    void emptyFontIsNamed() {
        assertOnly(checkWith(new byte[0]), BadFonts.REGULAR, "", "font.notTrueType");
    }

    @Test
    void garbageFontIsNamed() {
        assertOnly(checkWith("not a font at all, just words".getBytes(StandardCharsets.UTF_8)),
                BadFonts.REGULAR, "", "font.notTrueType");
    }

    @Test
    void truncatedFontIsNamed() throws IOException {
        ContentProblem p = assertOnly(checkWith(BadFonts.truncated()), BadFonts.REGULAR, "", "font.truncated");

        assertEquals(1, p.args().size());
    }

    @Test
    void cmapBombIsRefusedBeforeFontBoxExpandsIt() throws IOException {
        byte[] bomb = BadFonts.cmapBomb(20_000);

        // Given to FontBox this runs for minutes; measured first it is refused at once.
        List<ContentProblem> problems = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> checkWith(bomb));

        assertOnly(problems, BadFonts.REGULAR, "", "font.cmapTooLarge");
    }

    @Test
    void aFontThatMayNotBeEmbeddedIsNamed() throws IOException {
        assertOnly(checkWith(BadFonts.restricted()), BadFonts.REGULAR, "", "font.noEmbedding");
    }

    @Test
    void openTypeWithPostScriptOutlinesIsNamed() {
        byte[] otf = {'O', 'T', 'T', 'O', 0, 1, 0, 0, 0, 0, 0, 0};

        assertOnly(checkWith(otf), BadFonts.REGULAR, "", "font.cff");
    }

    @Test
    void directoryPastTheEndIsBroken() {
        byte[] head = {0, 1, 0, 0, 0, 40, 0, 0, 0, 0, 0, 0};

        assertOnly(checkWith(head), BadFonts.REGULAR, "", "font.broken");
    }
}
