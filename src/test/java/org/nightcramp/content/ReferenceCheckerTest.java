package org.nightcramp.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nightcramp.content.ProblemAssert.assertClean;
import static org.nightcramp.content.ProblemAssert.assertOnly;
import static org.nightcramp.content.TestGuides.EN;
import static org.nightcramp.content.TestGuides.EN_FILE;
import static org.nightcramp.content.TestGuides.array;
import static org.nightcramp.content.TestGuides.object;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Illustration and font references: plain names of files inside the content folder. */
class ReferenceCheckerTest {

    @TempDir
    Path dir;
    private ContentFolder folder;
    private ObjectNode guide;

    @BeforeEach
    void setUp() throws IOException {
        folder = ContentFolder.bundledCopy(dir);
        guide = folder.guide(EN);
    }

    private List<ContentProblem> check() {
        return check(folder.source());
    }

    private List<ContentProblem> check(ContentSource source) {
        return new ReferenceChecker(source, Illustrations.PRESENCE_ONLY).check(EN_FILE, TestGuides.guide(guide));
    }

    @Test
    void bundledReferencesResolveInACompleteFolder() {
        assertClean(check());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "../x.svg                  | ref.parent",
        "..\\x.svg                 | ref.parent",
        "x..svg                    | ref.parent",
        "/etc/passwd               | ref.absolute",
        "\\\\server\\x.svg          | ref.absolute",
        "C:\\x.svg                 | ref.absolute",
        "c:/x.svg                  | ref.absolute",
        "https://x/y.svg           | ref.url",
        "file:x.svg                | ref.url",
        "//cdn.example/x.svg       | ref.url",
        "data:image/svg+xml;base64,PHN2Zz4= | ref.url",
        "a/b.svg                   | ref.badChars",
        "a\\b.svg                  | ref.badChars",
        "' cold-night.svg'         | ref.badChars",
        "cold night.svg            | ref.badChars",
        "_cold.svg                 | ref.badChars",
        "''                        | ref.empty",
        "cold-night.png            | ref.extension",
        "cold-night.svg.txt        | ref.extension",
        "no-such-drawing.svg       | ref.missingFile",
    })
    void causeIllustrationMustBeAPlainNameOfAnExistingSvg(String name, String code) {
        object(guide, "/causes/2").put("illustration", name);

        ContentProblem p = assertOnly(check(), EN_FILE, "$.causes[2].illustration", code);

        assertEquals(name, p.args().isEmpty() ? null : p.args().get(0));
    }

    @Test
    void stepIllustrationIsCheckedAtItsStep() {
        object(guide, "/routines/1/steps/4").put("illustration", "../../secret.svg");

        assertOnly(check(), EN_FILE, "$.routines[1].steps[4].illustration", "ref.parent");
    }

    @Test
    void missingFileNamesItsFolder() {
        object(guide, "/causes/2").put("illustration", "no-such-drawing.svg");

        ContentProblem p = assertOnly(check(), EN_FILE, "$.causes[2].illustration", "ref.missingFile");

        assertEquals(List.of("no-such-drawing.svg", ContentPaths.ILLUSTRATIONS), p.args());
    }

    @Test
    void drawingThatIsDeletedIsMissing() {
        folder.delete(ContentPaths.ILLUSTRATIONS + "heel-walk.svg");

        assertOnly(check(), EN_FILE, "$.routines[0].steps[4].illustration", "ref.missingFile");
    }

    @Test
    void drawingThatIsALinkToAFileOutsideIsNotFollowedAndTheLinkIsNamed(@TempDir Path elsewhere) throws IOException {
        Path secret = Files.writeString(elsewhere.resolve("secret.svg"), ContentFolder.STAND_IN_SVG);
        folder.delete(ContentPaths.ILLUSTRATIONS + "toe-pull.svg");
        Files.createSymbolicLink(dir.resolve(ContentPaths.ILLUSTRATIONS + "toe-pull.svg"), secret);

        // Not "there is no file": the file is there, and is a link that leads out of the folder.
        ContentProblem p = assertOnly(check(), ContentPaths.ILLUSTRATIONS + "toe-pull.svg", "", "file.linkOutside");
        assertEquals(List.of(ContentPaths.ILLUSTRATIONS + "toe-pull.svg", secret.toRealPath().toString()), p.args());
    }

    @Test
    void fontMustBeATtfFileInTheFontsFolder() {
        array(guide, "/meta/fonts").set(1, "DroidSansFallbackFull.otf");
        array(guide, "/meta/fonts").add("Missing.ttf");
        array(guide, "/meta/fonts").add("../fonts/NotoSans-Regular.ttf");

        assertEquals(List.of("ref.extension $.meta.fonts[1]", "ref.missingFile $.meta.fonts[2]", "ref.parent $.meta.fonts[3]"),
                ProblemAssert.codesAt(check()));
    }

    @Test
    void eachDrawingIsReadOnceHoweverManyStepsShareIt() {
        GuardedSource source = new GuardedSource(folder.source());

        assertClean(check(source));

        assertEquals(source.reads().stream().distinct().toList(), source.reads());
        assertEquals(true, source.reads().contains(ContentPaths.ILLUSTRATIONS + "calf-stretch.svg"));
    }
}
