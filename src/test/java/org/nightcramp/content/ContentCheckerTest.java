package org.nightcramp.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nightcramp.content.ProblemAssert.assertClean;
import static org.nightcramp.content.ProblemAssert.assertOnly;
import static org.nightcramp.content.ProblemAssert.codesAt;
import static org.nightcramp.content.TestGuides.EN;
import static org.nightcramp.content.TestGuides.EN_FILE;
import static org.nightcramp.content.TestGuides.MAPPER;
import static org.nightcramp.content.TestGuides.ZH;
import static org.nightcramp.content.TestGuides.ZH_FILE;
import static org.nightcramp.content.TestGuides.array;
import static org.nightcramp.content.TestGuides.object;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Checking a whole content folder: every locale, every file, every problem. */
class ContentCheckerTest {

    @TempDir
    Path dir;
    private ContentFolder folder;

    @BeforeEach
    void setUp() throws IOException {
        folder = ContentFolder.bundledCopy(dir);
    }

    private List<ContentProblem> check() {
        return new ContentChecker(MAPPER).check(folder.source());
    }

    @Test
    void completeFolderHasNoProblems() {
        assertClean(check());
    }

    @Test
    void folderWithoutEnglishIsReported() {
        folder.delete(EN_FILE);

        assertOnly(check(), EN_FILE, "", "content.noReference");
    }

    @Test
    void missingFolderIsUnreadable() {
        List<ContentProblem> problems = new ContentChecker(MAPPER).check(new DirectoryContentSource(dir.resolve("nowhere")));

        ContentProblem p = assertOnly(problems, dir.resolve("nowhere").toString(), "", "content.unreadableFolder");
        assertEquals(1, p.args().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh_CN", "EN", "en-gb", "zh-cn", "en_US.UTF-8"})
    void folderNamedLikeNoLanguageTagIsReported(String name) {
        folder.write(name, folder.guide(EN));

        ContentProblem p = assertOnly(check(), name, "", "content.badLocaleFolder");

        assertEquals(List.of(name), p.args());
    }

    @Test
    void newLanguageIsCheckedAgainstEnglish() {
        folder.write("pt-BR", folder.guide(EN).put("schema", 1));

        // An English copy in pt-BR: consistent with English, but meta.locale must name its folder.
        ContentProblem p = assertOnly(check(), "pt-BR/guide.json", "$.meta.locale", "meta.localeMismatch");

        assertEquals(List.of("en", "pt-BR"), p.args());
    }

    @Test
    void everyProblemOfEveryFileIsReported() {
        folder.edit(EN, g -> {
            object(g, "/meta").put("lastReviewed", "20 Nov 2026");
            object(g, "/causes/1").put("illustration", "../tired-legs.svg");
        });
        folder.edit(ZH, g -> {
            object(g, "/causes/0").put("titel", "寒冷");
            object(g, "/advice/3").remove("summary");
        });
        folder.write("fr", folder.guide(EN).put("schema", "un"));

        assertEquals(List.of(
                EN_FILE + " meta.date $.meta.lastReviewed",
                EN_FILE + " ref.parent $.causes[1].illustration",
                "fr/guide.json json.wrongType $.schema",
                ZH_FILE + " json.unknownProperty $.causes[0].titel",
                ZH_FILE + " json.missingProperty $.advice[3].summary"),
                check().stream().map(p -> p.file() + " " + p.code() + " " + p.where()).toList());
    }

    @Test
    void translationThatDiffersFromEnglishIsReported() {
        folder.edit(ZH, g -> object(g, "/routines/0/steps/1").put("seconds", 20));

        assertOnly(check(), ZH_FILE, "$.routines[0].steps[1].seconds", "locale.differs");
    }

    @Test
    void translationIsNotComparedWithABrokenEnglishGuide() {
        folder.edit(EN, g -> g.remove("advice"));
        folder.edit(ZH, g -> array(g, "/causes").remove(0));

        assertEquals(List.of("json.missingProperty $"), codesAt(check()));
    }

    @Test
    void missingDrawingIsReportedOncePerReferenceInEveryLocale() {
        folder.delete(ContentPaths.ILLUSTRATIONS + "blood-flow.svg");

        // cause blood-flow and step clot-check use it, in English and Chinese.
        assertEquals(List.of(
                EN_FILE + " $.causes[4].illustration", EN_FILE + " $.routines[0].steps[2].illustration",
                ZH_FILE + " $.causes[4].illustration", ZH_FILE + " $.routines[0].steps[2].illustration"),
                check().stream().map(p -> p.file() + " " + p.where()).toList());
    }
}
