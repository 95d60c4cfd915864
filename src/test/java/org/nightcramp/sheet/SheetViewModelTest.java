package org.nightcramp.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nightcramp.assessment.Answers;
import org.nightcramp.diary.Diary;

/** The page's state without a window: answers in, plan out, and the PDF it saves. */
class SheetViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private final AtomicReference<Answers> answers = new AtomicReference<>(Answers.empty());

    private SheetViewModel model(String country) {
        return new SheetViewModel(SheetFixture.guide("en"), SheetFixture.words("en"), SheetFixture.SERVICE,
                () -> SheetFixture.findings("en", answers.get()), country, CLOCK, Runnable::run);
    }

    @Test
    void paperFollowsTheCountryAndCanBeChanged() {
        assertEquals(Paper.LETTER, model("US").paperProperty().get());
        assertEquals(Paper.LETTER, model("CA").paperProperty().get());
        SheetViewModel model = model("DE");
        assertEquals(Paper.A4, model.paperProperty().get());

        model.paperProperty().set(Paper.LETTER);

        assertEquals(792, model.planProperty().get().geometry().height());
        assertTrue(model.pagesTextProperty().get().endsWith("pages on Letter"), model.pagesTextProperty().get());
    }

    @Test
    void refreshFollowsNewAnswers() {
        SheetViewModel model = model("GB");
        assertTrue(model.planProperty().get().pages().get(0).text().replace('\n', ' ').contains("Check causes page"),
                "how to personalise");

        answers.set(SheetFixture.coldAndPosture());
        model.refresh();

        String first = model.planProperty().get().pages().get(0).text().replace('\n', ' ');
        assertTrue(first.contains("Feeling cold at night"), first);
        assertTrue(!first.contains("Check causes page"));
    }

    @Test
    void refreshReadsTheDiaryAgainAndTheSheetGainsMyLastWeeks() {
        AtomicReference<Diary> saved = new AtomicReference<>(Diary.empty());
        SheetViewModel model = model("GB");
        model.readDiaryFrom(saved::get);
        String heading = SheetFixture.words("en").text("sheet.diary.heading");
        assertTrue(model.planProperty().get().pages().stream().noneMatch(p -> p.text().contains(heading)));

        saved.set(SheetDiaryTest.fourWeeks());
        model.refresh();

        assertTrue(model.planProperty().get().pages().stream().anyMatch(p -> p.text().contains(heading)));
        assertEquals(SheetDiaryTest.fourWeeks(), model.diaryProperty().get());
    }

    @Test
    void savesThePdfAsShownWithADatedDefaultName() throws Exception {
        SheetViewModel model = model("GB");
        model.nameProperty().set("Sam Lee");
        model.noteProperty().set("Is it my tablets?");
        Path file = dir.resolve(model.defaultFileName());

        assertEquals(file, model.save(file).get());

        assertEquals("night-cramp-advice-2026-11-24.pdf", file.getFileName().toString());
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("For Sam Lee"));
            assertTrue(text.contains("Is it my tablets?"));
            assertEquals(model.planProperty().get().pages().size(), doc.getNumberOfPages());
        }
    }
}
