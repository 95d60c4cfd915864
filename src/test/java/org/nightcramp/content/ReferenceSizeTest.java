package org.nightcramp.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nightcramp.content.ProblemAssert.assertClean;
import static org.nightcramp.content.ProblemAssert.assertOnly;
import static org.nightcramp.content.TestGuides.EN;
import static org.nightcramp.content.TestGuides.EN_FILE;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Oversized drawings and fonts are refused on their size, before a byte of them is read. */
class ReferenceSizeTest {

    private static final String DRAWING = ContentPaths.ILLUSTRATIONS + "toe-pull.svg";
    private static final String FONT = ContentPaths.FONTS + "DroidSansFallbackFull.ttf";
    private static final long DRAWING_LIMIT = Illustrations.PRESENCE_ONLY.maxBytes();

    @TempDir
    Path dir;
    private ContentFolder folder;

    @BeforeEach
    void setUp() throws IOException {
        folder = ContentFolder.bundledCopy(dir);
    }

    private List<ContentProblem> check(ContentSource source) {
        return new ReferenceChecker(source, Illustrations.PRESENCE_ONLY).check(EN_FILE, TestGuides.guide(folder.guide(EN)));
    }

    @Test
    void drawingOverTheLimitIsRefusedWithoutReadingIt() {
        folder.writeBytes(DRAWING, svgOfSize(DRAWING_LIMIT + 1));
        GuardedSource source = new GuardedSource(folder.source()).forbidReading(DRAWING);

        ContentProblem p = assertOnly(check(source), DRAWING, "", "file.tooLarge");

        assertEquals(List.of(String.valueOf((DRAWING_LIMIT + 1) / 1024), String.valueOf(DRAWING_LIMIT / 1024)), p.args());
    }

    @Test
    void drawingOfExactlyTheLimitIsRead() {
        folder.writeBytes(DRAWING, svgOfSize(DRAWING_LIMIT));
        GuardedSource source = new GuardedSource(folder.source());

        assertClean(check(source));

        assertTrue(source.reads().contains(DRAWING), () -> "read " + source.reads());
    }

    @Test
    void fontOverTheLimitIsRefusedWithoutReadingIt() throws IOException {
        setLength(FONT, ReferenceChecker.MAX_FONT_BYTES + 1);
        GuardedSource source = new GuardedSource(folder.source()).forbidReading(FONT);

        ContentProblem p = assertOnly(check(source), FONT, "", "file.tooLarge");

        assertEquals(List.of(String.valueOf((ReferenceChecker.MAX_FONT_BYTES + 1) / 1024),
                String.valueOf(ReferenceChecker.MAX_FONT_BYTES / 1024)), p.args());
    }

    @Test
    void fontOfExactlyTheLimitIsAccepted() throws IOException {
        setLength(FONT, ReferenceChecker.MAX_FONT_BYTES);

        assertClean(check(folder.source()));
    }

    @Test
    void fontsAreNeverRead() {
        GuardedSource source = new GuardedSource(folder.source());

        assertClean(check(source));

        assertEquals(List.of(), source.reads().stream().filter(r -> r.startsWith(ContentPaths.FONTS)).toList());
    }

    /** Grows or shrinks a file without writing its bytes: a sparse 16 MB font costs nothing. */
    private void setLength(String relativePath, long length) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(folder.root().resolve(relativePath).toFile(), "rw")) {
            file.setLength(length);
        }
    }

    private static byte[] svgOfSize(long size) {
        byte[] start = ContentFolder.STAND_IN_SVG.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] data = new byte[(int) size];
        Arrays.fill(data, (byte) ' ');
        System.arraycopy(start, 0, data, 0, start.length);
        return data;
    }
}
