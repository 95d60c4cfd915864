package org.nightcramp.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.nightcramp.content.Guide;
import org.nightcramp.reader.Block.Bullets;
import org.nightcramp.reader.Block.Illustration;
import org.nightcramp.reader.Block.Lead;
import org.nightcramp.reader.Block.Note;
import org.nightcramp.reader.Block.NoteKind;
import org.nightcramp.reader.Block.Sources;
import org.nightcramp.reader.Block.Step;
import org.nightcramp.reader.Block.Steps;
import org.nightcramp.reader.Block.Subheading;

class ReaderDocumentBuilderTest {

    private final Guide guide = TestContent.guide("en");
    private final ReaderDocument document = ReaderDocumentBuilder.build(guide, TestContent.KEYS);

    @Test
    void sectionsComeInReadingOrder() {
        assertEquals(List.of("intro", "causes", "cause:cold", "cause:fatigue", "cause:calcium", "cause:posture",
                        "cause:blood-flow", "other-factors", "during", "prevention", "help", "sources", "about"),
                document.sections().stream().map(Section::id).toList());
        assertEquals(List.of(1, 1, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1),
                document.sections().stream().map(Section::level).toList());
    }

    @Test
    void introHasTheTitleTheIntroAndTheDisclaimer() {
        Section intro = section("intro");

        assertEquals(guide.meta().title(), intro.heading());
        assertTrue(intro.texts().containsAll(guide.meta().intro()));
        assertTrue(intro.blocks().contains(
                new Note(NoteKind.DISCLAIMER, "[reader.note.disclaimer]", guide.meta().disclaimer())));
    }

    @Test
    void aCauseReadsFromItsPictureToWhatHelps() {
        Section cold = section("cause:cold");
        List<Block> blocks = cold.blocks();

        assertEquals("Feeling cold at night", cold.heading());
        assertEquals(new Illustration("cold-night.svg", "[reader.cause.illustration|Feeling cold at night]"), blocks.get(0));
        assertEquals(new Lead(guide.cause("cold").orElseThrow().summary()), blocks.get(1));
        assertTrue(blocks.contains(new Subheading("[reader.cause.whoIsAffected]")));
        assertEquals(new Bullets(List.of("Keep your legs comfortable", "Drink enough through the day")),
                blocks.get(blocks.size() - 1));
        assertEquals(new Subheading("[reader.cause.whatHelps]"), blocks.get(blocks.size() - 2));
        assertEquals(3, ((Bullets) blocks.get(blocks.size() - 3)).items().size(), "the three questions");
    }

    @Test
    void evidenceNoteNamesTheLevelAndTheSources() {
        Note note = notes(section("cause:cold")).filter(n -> n.kind() == NoteKind.EVIDENCE).findFirst().orElseThrow();

        assertEquals("[reader.evidence.title|[reader.evidence.weak]]", note.title());
        String note0 = guide.cause("cold").orElseThrow().evidence().note();
        assertEquals("[reader.evidence.text|" + note0 + "|Garrison SR et al[reader.evidence.sourceSeparator]"
                + "Mayo Clinic, \"Night leg cramps\"]", note.text());
    }

    @Test
    void duringHasDuringThenAfterAdviceAndTheCrampNowSteps() {
        Section during = section("during");
        List<String> subheadings = during.blocks().stream()
                .filter(Subheading.class::isInstance).map(b -> ((Subheading) b).text()).toList();

        assertEquals(List.of("Pull your toes up", "Stand and walk on your heels", "Gently massage the muscle",
                "Soothe the soreness afterwards", "Cramp now"), subheadings);
        Steps steps = (Steps) during.blocks().get(during.blocks().size() - 1);
        Step toePull = steps.steps().get(1);
        assertEquals("Pull your toes up", toePull.title());
        assertEquals("[reader.timing.repeatedRest|30|3|10]", toePull.timing());
        assertEquals("toe-pull.svg", toePull.illustration());
        assertEquals("", steps.steps().get(2).timing(), "the safety check has no timer");
        assertEquals("[reader.timing.once|60]", steps.steps().get(3).timing());
    }

    @Test
    void preventionEndsWithTheBeforeBedRoutine() {
        Section prevention = section("prevention");

        assertTrue(prevention.blocks().contains(new Subheading("Stretch before bed")));
        Steps steps = assertInstanceOf(Steps.class, prevention.blocks().get(prevention.blocks().size() - 1));
        assertEquals(guide.routine("before-bed").orElseThrow().steps().size(), steps.steps().size());
    }

    @Test
    void helpHasUrgentSignsTheEmergencyAndEveryNumber() {
        Section help = section("help");
        List<Note> notes = notes(help).toList();

        assertEquals(NoteKind.WARNING, notes.get(0).kind());
        assertEquals(3, notes.get(0).points().size());
        assertEquals(new Note(NoteKind.EMERGENCY, "[reader.help.emergency]", guide.medicalHelp().emergencyNow()),
                notes.get(1));
        Bullets numbers = (Bullets) help.blocks().get(help.blocks().size() - 1);
        assertEquals("[reader.help.number|United Kingdom|999|Emergencies]", numbers.items().get(0));
        assertEquals(guide.medicalHelp().emergencyNumbers().stream().mapToInt(c -> c.numbers().size()).sum(),
                numbers.items().size(), "every number of every region");
    }

    @Test
    void sourcesAndAboutComeLast() {
        Sources sources = (Sources) section("sources").blocks().get(0);
        assertEquals(guide.meta().sources().size(), sources.entries().size());
        assertEquals(guide.meta().sources().get(0).url(), sources.entries().get(0).url());

        assertEquals(List.of("[reader.heading.about]", guide.meta().disclaimer(), "[reader.about.version|" + guide.meta().contentVersion() + "]"),
                section("about").texts().subList(0, 3));
    }

    @Test
    void realWordsComeFromTheBundle() {
        ReaderDocument english = ReaderDocumentBuilder.build(guide, TestContent.texts("en"));
        List<String> texts = english.texts();

        assertTrue(texts.contains("30 s \u00d7 3, 10 s rest"), "timing of the toe pull");
        assertTrue(texts.contains("Last reviewed December 3, 2026"));
        assertTrue(texts.contains("How sure is this? Little good evidence"));
        assertTrue(texts.contains("For your safety"), "the title of a safety box");
    }

    @Test
    void chineseReadsInChineseWithChinaFirst() {
        Guide chinese = TestContent.guide("zh-CN");
        ReaderDocument document = ReaderDocumentBuilder.build(chinese, TestContent.texts("zh-CN"));
        Section help = document.section("help").orElseThrow();
        Bullets numbers = (Bullets) help.blocks().get(help.blocks().size() - 1);

        assertTrue(numbers.items().get(0).contains("120"), numbers.items().get(0));
        assertEquals("什么情况下需要就医", help.heading());
        assertTrue(document.texts().contains("最近审阅日期：2026年12月3日"), "the review date in Chinese");
        assertTrue(document.texts().contains("30 秒 × 3 次，每次之间休息 10 秒"));
    }

    @Test
    void adviceCarriesItsSafetyPointsInTheGuidesOneWording() {
        List<Block> blocks = section("during").blocks();
        int massage = blocks.indexOf(new Subheading("Gently massage the muscle"));

        assertEquals(new Note(NoteKind.WARNING, "[reader.safety.title]", "", List.of(
                        guide.safetyPoints().get("clot-signs"), guide.safetyPoints().get("same-day"))),
                blocks.get(massage + 2), "right after the summary, before the details");
    }

    @Test
    void theClotCheckSaysWhatAYesMeans() {
        Steps steps = (Steps) section("during").blocks().get(section("during").blocks().size() - 1);
        String check = steps.steps().get(2).instruction();

        assertTrue(check.startsWith(guide.routine("cramp-now").orElseThrow().steps().get(2).instruction() + " "), check);
        assertTrue(check.endsWith(guide.safetyPoints().get("check-yes") + " " + guide.safetyPoints().get("same-day")), check);
    }

    @Test
    void causesFactorsAndTheStretchRoutineCarryTheirSafetyPoints() {
        List<Block> bloodFlow = section("cause:blood-flow").blocks();
        assertEquals(new Note(NoteKind.WARNING, "[reader.safety.title]", "", guide.safetyLines(
                guide.cause("blood-flow").orElseThrow().safety())), bloodFlow.get(2), "right after the lead");
        assertTrue(section("other-factors").texts().contains(guide.safetyPoints().get("fluid-limit")));
        assertTrue(section("prevention").texts().contains(guide.safetyPoints().get("stop-before-pain")));
    }

    @Test
    void chineseSafetyPointsRunOnWithoutSpaces() {
        Guide chinese = TestContent.guide("zh-CN");
        ReaderDocument zh = ReaderDocumentBuilder.build(chinese, TestContent.KEYS);
        Steps steps = (Steps) zh.section("during").orElseThrow().blocks()
                .get(zh.section("during").orElseThrow().blocks().size() - 1);

        assertEquals(chinese.routine("cramp-now").orElseThrow().steps().get(2).instruction()
                + chinese.safetyPoints().get("check-yes") + chinese.safetyPoints().get("same-day"),
                steps.steps().get(2).instruction());
        assertTrue(zh.texts().contains(chinese.safetyPoints().get("no-quinine")));
    }

    @Test
    void noTextIsBlankAndEveryTextBelongsToItsSection() {
        List<String> texts = document.texts();

        assertFalse(texts.stream().anyMatch(String::isBlank));
        assertEquals("intro", document.sectionIdOfText(0));
        assertEquals("about", document.sectionIdOfText(texts.size() - 1));
        int causesHeading = section("intro").texts().size();
        assertEquals("causes", document.sectionIdOfText(causesHeading));
        assertEquals("cause:cold", document.sectionIdOfText(causesHeading + 1));
    }

    @Test
    void shortSourceNames() {
        assertEquals("Allen RE, Kirby KA", SourceNames.shortName(
                "Allen RE, Kirby KA. Nocturnal leg cramps. Am Fam Physician. 2012;86(4):350-355."));
        assertEquals("NHS, \"Leg cramps\"", SourceNames.shortName("NHS, \"Leg cramps\""));
        assertEquals("Cochrane review: magnesium for skeletal muscle cramps (2020)",
                SourceNames.shortName("Cochrane review: magnesium for skeletal muscle cramps (2020)."));
        assertEquals("美国食品药品监督管理局关于奎宁的药品安全通告，2010年",
                SourceNames.shortName("美国食品药品监督管理局关于奎宁的药品安全通告，2010年。"));
    }

    private Section section(String id) {
        return document.section(id).orElseThrow();
    }

    private static Stream<Note> notes(Section section) {
        return section.blocks().stream().filter(Note.class::isInstance).map(Note.class::cast);
    }
}
