package org.nightcramp.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nightcramp.assessment.Answers;

/** Saves sheets and reads them back with PDFBox, as a PDF reader or a search would see them. */
class PdfSheetWriterTest {

    @TempDir
    Path dir;

    private Path save(String tag, Answers answers, Paper paper) throws IOException {
        Path file = dir.resolve("sheet-" + tag + ".pdf");
        SheetFixture.SERVICE.save(SheetFixture.plan(tag, answers, paper), file, true);
        return file;
    }

    private static String text(PDDocument doc) throws IOException {
        return new PDFTextStripper().getText(doc);
    }

    @Test
    void theMatchedCausesAreThereAndTheOthersAreNot() throws IOException {
        try (PDDocument doc = Loader.loadPDF(save("en", SheetFixture.coldAndPosture(), Paper.A4).toFile())) {
            String text = text(doc);
            assertTrue(text.contains("Feeling cold at night"), text);
            assertTrue(text.contains("Sleeping position"));
            assertFalse(text.contains("Tired, overworked legs"));
            assertFalse(text.contains("Blood-flow problems"));
            assertFalse(text.lines().anyMatch(l -> l.startsWith("Calcium")), "calcium does not apply");
            assertTrue(text.contains("Gentle massage"), "massage stays without clot signs");
            assertTrue(text.contains("For Sam Lee"));
        }
    }

    @Test
    void clotSignAnswersRemoveTheMassageCard() throws IOException {
        try (PDDocument doc = Loader.loadPDF(save("en", SheetFixture.clotSign(), Paper.LETTER).toFile())) {
            String text = text(doc);
            assertFalse(text.contains("Gentle massage"));
            assertFalse(text.contains("Knead your calf"));
            assertTrue(text.contains("The massage step is left out"), text);
            assertTrue(text.contains("Blood-flow problems"));
            assertEquals(612, doc.getPage(0).getMediaBox().getWidth(), 0.01);
        }
    }

    @Test
    void chineseTextExtractsAsChinese() throws IOException {
        try (PDDocument doc = Loader.loadPDF(save("zh-CN", SheetFixture.coldAndPosture(), Paper.A4).toFile())) {
            String text = text(doc).replace("\n", "").replace("\r", "");
            assertTrue(text.contains("我的夜间抽筋应对方案"), text);
            assertTrue(text.contains(SheetFixture.guide("zh-CN").cause("cold").orElseThrow().title()));
            assertFalse(text.contains(SheetFixture.guide("zh-CN").cause("calcium").orElseThrow().summary()));
            assertTrue(text.contains("及时就医"));
            assertEquals("zh-CN", doc.getDocumentCatalog().getLanguage());
        }
    }

    @Test
    void fontsAreEmbeddedAsSubsets() throws IOException {
        for (String tag : List.of("en", "zh-CN")) {
            try (PDDocument doc = Loader.loadPDF(save(tag, SheetFixture.clotSign(), Paper.A4).toFile())) {
                List<PDFont> fonts = fonts(doc);
                assertFalse(fonts.isEmpty());
                for (PDFont font : fonts) {
                    assertTrue(font.isEmbedded(), font.getName());
                    assertTrue(font.getName().matches("[A-Z]{6}\\+.*"), "subset name: " + font.getName());
                }
                assertTrue(fonts.stream().anyMatch(f -> f.getName().contains(tag.equals("en") ? "NotoSans" : "DroidSans")));
            }
        }
    }

    @Test
    void titleLanguageAndSizeAreSet() throws IOException {
        Path file = save("en", SheetFixture.coldAndPosture(), Paper.A4);
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            assertEquals("Night Cramp Guide: my advice sheet", doc.getDocumentInformation().getTitle());
            assertEquals("en", doc.getDocumentCatalog().getLanguage());
            assertTrue(doc.getNumberOfPages() >= 2);
        }
        assertTrue(Files.size(file) < 1_000_000, "size " + Files.size(file));
    }

    @Test
    void illustrationsAreVectorsNotImages() throws IOException {
        try (PDDocument doc = Loader.loadPDF(save("en", SheetFixture.coldAndPosture(), Paper.A4).toFile())) {
            for (PDPage page : doc.getPages()) {
                assertFalse(page.getResources().getXObjectNames().iterator().hasNext(), "no images");
            }
            String ops = new String(doc.getPage(1).getContents().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
            assertTrue(ops.contains(" c\n"), "curves drawn as paths");
        }
    }

    /** Printer filters flatten transparency into a page-sized bitmap, so the sheet must have none. */
    @Test
    void nothingIsTranslucentSoPrintersKeepThePagesVector() throws IOException {
        for (String tag : List.of("en", "zh-CN")) {
            for (Answers answers : List.of(Answers.empty(), SheetFixture.clotSign())) {
                try (PDDocument doc = Loader.loadPDF(save(tag, answers, Paper.A4).toFile())) {
                    for (PDPage page : doc.getPages()) {
                        PDResources resources = page.getResources();
                        for (COSName name : resources.getExtGStateNames()) {
                            var state = resources.getExtGState(name);
                            assertTrue(opaque(state.getNonStrokingAlphaConstant())
                                    && opaque(state.getStrokingAlphaConstant()) && state.getSoftMask() == null,
                                    tag + " " + name.getName() + " is translucent");
                        }
                        assertEquals(null, page.getCOSObject().getDictionaryObject(COSName.GROUP),
                                "no transparency group on a page of " + tag);
                    }
                }
            }
        }
    }

    private static boolean opaque(Float alpha) {
        return alpha == null || alpha >= 1;
    }

    @Test
    void anExistingFileIsNotReplacedUnlessAsked() throws IOException {
        Path file = Files.writeString(dir.resolve("keep.pdf"), "mine");
        PagePlan plan = SheetFixture.plan("en", Answers.empty(), Paper.A4);

        org.junit.jupiter.api.Assertions.assertThrows(java.nio.file.FileAlreadyExistsException.class,
                () -> SheetFixture.SERVICE.save(plan, file, false));
        assertEquals("mine", Files.readString(file));
        SheetFixture.SERVICE.save(plan, file, true);
        assertTrue(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        try (var files = Files.list(dir)) {
            assertEquals(List.of("keep.pdf"), files.map(p -> p.getFileName().toString()).toList(), "no temp left");
        }
    }

    private static List<PDFont> fonts(PDDocument doc) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : doc.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
        }
        return fonts;
    }
}
