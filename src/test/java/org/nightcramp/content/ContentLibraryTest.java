package org.nightcramp.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.nightcramp.content.ProblemAssert.codesAt;
import static org.nightcramp.content.TestGuides.EN;
import static org.nightcramp.content.TestGuides.EN_FILE;
import static org.nightcramp.content.TestGuides.MAPPER;
import static org.nightcramp.content.TestGuides.ZH;
import static org.nightcramp.content.TestGuides.ZH_FILE;
import static org.nightcramp.content.TestGuides.object;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nightcramp.content.ContentLibrary.Fallback;
import org.nightcramp.content.ContentLibrary.FallbackReason;
import org.nightcramp.content.ContentLibrary.Loaded;

/** Loading a guide for the app: the language asked for, or English with the reason why not. */
class ContentLibraryTest {

    @TempDir
    Path dir;
    private ContentFolder folder;

    @BeforeEach
    void setUp() throws IOException {
        folder = ContentFolder.bundledCopy(dir);
    }

    private ContentLibrary library() {
        return new ContentLibrary(folder.source(), MAPPER);
    }

    @ParameterizedTest
    @CsvSource({"en, en", "zh-CN, zh-CN", "zh, zh-CN", "en-GB, en", "zh-Hans-CN, zh-CN"})
    void requestedLanguageIsServedByItsBestFolder(String requested, String served)
            throws ContentLibrary.ContentUnavailableException {
        Loaded loaded = library().load(requested);

        assertEquals(served, loaded.guide().meta().locale());
        assertEquals(Optional.empty(), loaded.fallback());
    }

    @Test
    void languageWithoutAFolderFallsBackToEnglish() throws ContentLibrary.ContentUnavailableException {
        Loaded loaded = library().load("fr");

        assertEquals(EN, loaded.guide().meta().locale());
        assertEquals(Optional.of(new Fallback("fr", FallbackReason.MISSING, List.of())), loaded.fallback());
    }

    @Test
    void brokenTranslationFallsBackToEnglishWithItsProblems() throws ContentLibrary.ContentUnavailableException {
        folder.edit(ZH, g -> object(g, "/causes/2").put("titel", "钙"));

        Loaded loaded = library().load("zh-CN");

        assertEquals(EN, loaded.guide().meta().locale());
        Fallback fallback = loaded.fallback().orElseThrow();
        assertEquals(List.of("zh-CN", FallbackReason.INVALID), List.of(fallback.requested(), fallback.reason()));
        ProblemAssert.assertOnly(fallback.problems(), ZH_FILE, "$.causes[2].titel", "json.unknownProperty");
    }

    @Test
    void contentCheckedByTheBuildIsReadStrictlyButNotCheckedAgain() throws ContentLibrary.ContentUnavailableException {
        // Breaks a rule (the step differs from English) but reads as JSON of the right shape.
        folder.edit(ZH, g -> object(g, "/routines/1/steps/1").put("repetitions", 5));
        ContentLibrary builtIn = new ContentLibrary(new GuardedSource(folder.source()).asCheckedByTheBuild(), MAPPER);

        Loaded loaded = builtIn.load("zh-CN");

        assertEquals(ZH, loaded.guide().meta().locale());
        assertEquals(Optional.empty(), loaded.fallback());
        assertEquals(FallbackReason.INVALID, library().load("zh-CN").fallback().orElseThrow().reason(),
                "the same files from a folder are checked in full");
    }

    @Test
    void contentCheckedByTheBuildStillFailsOnWhatItCannotRead() throws ContentLibrary.ContentUnavailableException {
        folder.edit(ZH, g -> object(g, "/causes/2").put("titel", "钙"));

        Fallback fallback = new ContentLibrary(new GuardedSource(folder.source()).asCheckedByTheBuild(), MAPPER)
                .load("zh-CN").fallback().orElseThrow();

        ProblemAssert.assertOnly(fallback.problems(), ZH_FILE, "$.causes[2].titel", "json.unknownProperty");
    }

    @Test
    void translationThatDiffersFromEnglishIsInvalid() throws ContentLibrary.ContentUnavailableException {
        folder.edit(ZH, g -> object(g, "/routines/1/steps/1").put("repetitions", 5));

        Fallback fallback = library().load("zh").fallback().orElseThrow();

        assertEquals(FallbackReason.INVALID, fallback.reason());
        assertEquals(List.of("locale.differs $.routines[1].steps[1].repetitions"), codesAt(fallback.problems()));
    }

    @Test
    void translationNamingAMissingDrawingIsInvalid() throws ContentLibrary.ContentUnavailableException {
        folder.edit(ZH, g -> object(g, "/routines/0/steps/3").put("illustration", "massage.svg"));

        Fallback fallback = library().load("zh-CN").fallback().orElseThrow();

        assertEquals(List.of("ref.missingFile $.routines[0].steps[3].illustration",
                "locale.differs $.routines[0].steps[3].illustration"), codesAt(fallback.problems()));
    }

    @Test
    void brokenEnglishMeansNoContent() {
        folder.edit(EN, g -> object(g, "/meta").put("contentVersion", "one"));

        var e = assertThrows(ContentLibrary.ContentUnavailableException.class, () -> library().load("zh-CN"));

        ProblemAssert.assertOnly(e.problems(), EN_FILE, "$.meta.contentVersion", "meta.version");
    }

    @Test
    void missingEnglishMeansNoContent() {
        folder.delete(EN_FILE);

        var e = assertThrows(ContentLibrary.ContentUnavailableException.class, () -> library().load("en"));

        ProblemAssert.assertOnly(e.problems(), EN_FILE, "", "file.missing");
    }

    @Test
    void localesListEnglishFirst() {
        folder.write("de", folder.guide(EN));

        assertEquals(List.of("en", "de", "zh-CN"), library().locales());
    }

    @Test
    void aLanguageIsNamedFromItsMetaAloneWithoutReadingTheRest() {
        // Broken after the meta section: naming the language does not need the causes.
        folder.edit(ZH, g -> object(g, "/causes/2").put("titel", "钙"));
        ContentLibrary library = library();

        assertEquals("简体中文", library.languageName("zh-CN"));
        assertEquals("English", library.languageName("en"));
    }

    @Test
    void aLanguageWhoseMetaCannotBeReadIsNamedByJava() {
        folder.edit(ZH, g -> object(g, "/meta").put("languageNam", "简体中文"));

        assertEquals(Locale.forLanguageTag("zh-CN").getDisplayName(Locale.forLanguageTag("zh-CN")),
                library().languageName("zh-CN"));
    }

    @Test
    void aGuideAlreadyReadNamesItsLanguageWithoutAnotherRead() throws ContentLibrary.ContentUnavailableException {
        GuardedSource source = new GuardedSource(folder.source());
        ContentLibrary library = new ContentLibrary(source, MAPPER);

        library.load("zh-CN");
        assertEquals("简体中文", library.languageName("zh-CN"));

        assertEquals(List.of(EN_FILE, ZH_FILE),
                source.reads().stream().filter(r -> r.endsWith(ContentPaths.GUIDE_FILE)).toList());
    }

    @Test
    void eachGuideIsReadOnce() throws ContentLibrary.ContentUnavailableException {
        GuardedSource source = new GuardedSource(folder.source());
        ContentLibrary library = new ContentLibrary(source, MAPPER);

        library.load("zh-CN");
        library.load("zh-CN");
        library.load("en");

        assertEquals(List.of(EN_FILE, ZH_FILE),
                source.reads().stream().filter(r -> r.endsWith(ContentPaths.GUIDE_FILE)).toList());
    }
}
