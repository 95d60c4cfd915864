package org.nightcramp.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nightcramp.content.ProblemAssert.assertClean;
import static org.nightcramp.content.TestGuides.MAPPER;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Links in a content folder are followed only while they stay inside it; one that leads out is named. */
class ContentLinksTest {

    private static final String DRAWING = "illustrations/cold-night.svg";

    @TempDir
    Path dir;
    private ContentFolder folder;
    private Path elsewhere;

    @BeforeEach
    void setUp() throws IOException {
        folder = ContentFolder.bundledCopy(dir.resolve("content"));
        elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    }

    private List<ContentProblem> check() {
        return new ContentChecker(MAPPER).check(folder.source());
    }

    private List<String> linkProblems() {
        return check().stream().filter(p -> p.code().equals("file.linkOutside")).map(ContentProblem::file).toList();
    }

    @Test
    void aLinkedFileOutsideIsNamedNotCalledMissing() throws IOException {
        Path outside = Files.writeString(elsewhere.resolve("secret.svg"), ContentFolder.STAND_IN_SVG);
        Path link = folder.root().resolve(DRAWING);
        Files.delete(link);
        Files.createSymbolicLink(link, outside);

        List<ContentProblem> problems = check();

        assertEquals(List.of("file.linkOutside"), problems.stream().map(ContentProblem::code).distinct().toList());
        assertEquals(List.of(DRAWING, outside.toRealPath().toString()), problems.get(0).args());
        assertTrue(problems.get(0).describe(java.util.Locale.ENGLISH).startsWith(DRAWING + ": This is a link"));
    }

    @Test
    void aLinkedIllustrationsFolderIsRefusedForEveryDrawing() throws IOException {
        Path drawings = folder.root().resolve("illustrations");
        Files.move(drawings, elsewhere.resolve("illustrations"));
        Files.createSymbolicLink(drawings, elsewhere.resolve("illustrations"));

        List<String> named = linkProblems();

        assertTrue(named.contains(DRAWING), named::toString);
        assertTrue(named.stream().allMatch(f -> f.startsWith("illustrations/")), named::toString);
    }

    @Test
    void aLinkedLocaleFolderIsRefused() throws IOException {
        Path zh = folder.root().resolve(TestGuides.ZH);
        Files.move(zh, elsewhere.resolve(TestGuides.ZH));
        Files.createSymbolicLink(zh, elsewhere.resolve(TestGuides.ZH));

        assertEquals(List.of(TestGuides.ZH_FILE), linkProblems());
    }

    @Test
    void aLinkThatStaysInsideIsFollowed() throws IOException {
        Path link = folder.root().resolve(DRAWING);
        Path copy = Files.move(link, folder.root().resolve("illustrations/real-cold-night.svg"));
        Files.createSymbolicLink(link, copy.getFileName());

        assertClean(check());
    }

    @Test
    void readingThroughALinkOutsideFailsWithTheLink() throws IOException {
        Path outside = Files.writeString(elsewhere.resolve("f.ttf"), "x");
        Files.createSymbolicLink(folder.root().resolve("fonts/linked.ttf"), outside);

        var e = assertThrows(ContentSource.OutsideContentException.class,
                () -> folder.source().read("fonts/linked.ttf", 100));

        assertEquals("fonts/linked.ttf", e.link());
    }
}
