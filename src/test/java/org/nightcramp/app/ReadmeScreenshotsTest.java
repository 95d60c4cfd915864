package org.nightcramp.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nightcramp.app.MatrixPages.fx;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.nightcramp.app.cli.CommandLine;
import org.nightcramp.app.cli.ConsoleCommands;
import org.nightcramp.content.Routine;
import org.nightcramp.sheet.print.FakePrintSystem;
import org.nightcramp.sheet.print.PrinterStatus;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Retakes every README screenshot in {@code src/site/screenshots/} from the running app, at
 * 1100 x 760, with the matrix's seeded answers, a chosen country and fake printers, in the
 * language and theme each file names; the PDF pages are rendered by PDFBox at 80 dpi. Left out
 * of {@code mvn verify}; run it with {@code mvn -Dgroups=screenshots -DexcludedGroups= test}.
 */
@Tag("screenshots")
@ExtendWith(ApplicationExtension.class)
class ReadmeScreenshotsTest {

    private static final Path OUT = Path.of("src", "site", "screenshots");
    private static final int WIDTH = 1100;
    private static final int HEIGHT = 760;
    private static final float PDF_DPI = 80;

    @TempDir
    Path dataDir;

    private final List<String> taken = new ArrayList<>();

    @Test
    void retakeEveryReadmeScreenshot() throws Exception {
        seedAnswers();
        // Five weeks of nights: the Diary page's chart and the sheet's "My last weeks".
        DiarySeed.fiveWeeks(dataDir);
        try (MatrixShots shots = MatrixShots.into(OUT)) {
            englishLight(shots);
            chineseNight(shots);
        }
        pdfPage("en", "GB", "sheet-pdf-en-1");
        pdfPage("zh-CN", "CN", "sheet-pdf-zh-1");
        // Every picture in the folder is one this test takes: none is left to go stale.
        List<String> inFolder;
        try (var files = Files.list(OUT)) {
            inFolder = files.map(p -> p.getFileName().toString().replace(".png", "")).sorted().toList();
        }
        assertEquals(inFolder, taken.stream().sorted().toList());
    }

    private void englishLight(MatrixShots shots) throws Exception {
        Shooter app = open("en", false, "GB");
        try {
            MatrixPages pages = app.pages;
            pages.fire("navHome");
            app.shoot(shots, "home-en-light");
            Platform.runLater(app.window.window()::openHelp);
            pages.waitForDialog("Get help");
            app.shoot(shots, "help-en-light");
            MatrixPages.closeDialog(app.stage());
            pages.fire("navGuide");
            pages.wizardStep(1);
            app.shoot(shots, "wizard-step-en-light");
            pages.wizardStep(lastStep(app));
            app.shoot(shots, "wizard-summary-en-light");
            pages.fire("navRelief");
            pages.fire("reliefRoutine-" + Routine.CRAMP_NOW);
            pages.fire("reliefStart");
            pages.fire("reliefSkip");
            app.shoot(shots, "relief-hold-en-light");
            pages.sheet();
            app.shoot(shots, "sheet-preview-en-light");
            pages.fire("sheetPrint");
            pages.waitUntil("the printers", () -> fx(() -> ((ComboBox<?>) app.window.node("printPanelPrinter"))
                    .getValue() != null));
            app.shoot(shots, "print-panel-en-light");
            pages.fire("printPanelCancel");
            pages.fire("navReader");
            app.shoot(shots, "reader-en-light");
            pages.find();
            app.shoot(shots, "reader-find-en-light");
            pages.fire("navDiary");
            app.shoot(shots, "diary-en-light");
        } finally {
            app.window.close();
        }
    }

    private void chineseNight(MatrixShots shots) throws Exception {
        Shooter app = open("zh-CN", true, "CN");
        try {
            MatrixPages pages = app.pages;
            pages.fire("navHome");
            app.shoot(shots, "home-zh-night");
            pages.fire("navGuide");
            pages.wizardStep(1);
            app.shoot(shots, "wizard-step-zh-night");
            pages.wizardStep(lastStep(app));
            app.shoot(shots, "wizard-summary-zh-night");
            pages.fire("navRelief");
            pages.fire("reliefRoutine-" + Routine.CRAMP_NOW);
            pages.fire("reliefStart");
            pages.skipUntil(() -> app.window.node("reliefCheckPane").isVisible());
            pages.fire("reliefCheckNo");
            app.shoot(shots, "relief-massage-zh-night");
            pages.sheet();
            app.shoot(shots, "sheet-preview-zh-night");
            pages.fire("navReader");
            app.shoot(shots, "reader-zh-night");
            pages.fire("navDiary");
            app.shoot(shots, "diary-zh-night");
        } finally {
            app.window.close();
        }
    }

    /** The window and the pages helper that drives it. */
    private final class Shooter {
        final TestWindow window;
        final MatrixPages pages;

        Shooter(TestWindow window) {
            this.window = window;
            this.pages = new MatrixPages(window.window());
        }

        Stage stage() {
            return window.window().stage();
        }

        /**
         * Closes a notice (here, that the test machine has no sound device), waits until nothing
         * fades or swells, then takes the window with any dialog over it.
         */
        void shoot(MatrixShots shots, String name) {
            if (fx(() -> window.find("noticeClose").map(close -> close.getParent().isVisible()).orElse(false))) {
                window.fire("noticeClose");
            }
            List<Scene> overlays = MatrixPages.overlays(stage());
            List<Scene> all = new ArrayList<>(List.of(window.scene()));
            all.addAll(overlays);
            if (!Stillness.await(all, 5)) {
                throw new AssertionError(name + ": the window was still moving after 5 s");
            }
            fx(() -> {
                for (Scene scene : all) {
                    scene.getRoot().applyCss();
                    scene.getRoot().layout();
                }
                shots.take(name, window.scene(), overlays);
                return null;
            });
            taken.add(name);
        }
    }

    private static int lastStep(Shooter app) {
        return fx(() -> ((javafx.scene.layout.Pane) app.window.node("wizardStepIndicator")).getChildren().size() - 1);
    }

    private Shooter open(String locale, boolean night, String country) throws Exception {
        settings(locale, night, country);
        FakePrintSystem printers = new FakePrintSystem();
        printers.add("Office", PrinterStatus.IDLE);
        printers.add("Upstairs", PrinterStatus.STOPPED);
        TestWindow window = TestWindow.open(dataDir, WIDTH, HEIGHT, printers.printing());
        WaitForAsyncUtils.waitForFxEvents();
        return new Shooter(window);
    }

    /** The settings a person would have: disclaimer read, country chosen, normal text. */
    private void settings(String locale, boolean night, String country) throws Exception {
        Files.writeString(dataDir.resolve("settings.json"), String.format(Locale.ROOT, """
                {"schema":1,"locale":"%s","theme":"%s","textScale":1.0,
                 "window":{"x":0,"y":0,"width":%d,"height":%d,"maximized":false},
                 "disclaimerAcknowledged":true,"country":"%s"}""", locale, night ? "night" : "light",
                WIDTH, HEIGHT, country));
    }

    /** The matrix's answers: four causes fit, none of them a sign of a clot. */
    private void seedAnswers() throws Exception {
        Files.writeString(dataDir.resolve("answers.json"), """
                {"schema":1,"questions":{"cold.room":"yes","fatigue.long-activity":"yes",
                 "calcium.low-intake":"not-sure","posture.pointed-toes":"yes","blood-flow.varicose":"yes"},
                 "aboutYou":{"about.over-60":"yes"},"lastStep":"","finished":false}""");
    }

    /** The sheet's first page as the command line saves it, on A4, drawn as a person would see it. */
    private void pdfPage(String locale, String country, String name) throws Exception {
        settings(locale, false, country);
        Path pdf = dataDir.resolve(name + ".pdf");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new ConsoleCommands(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Locale.ROOT)
                .run(CommandLine.parse(List.of("--data-dir", dataDir.toString(), "--export-sheet", pdf.toString(),
                        "--locale", locale, "--paper", "A4", "--force")));
        assertEquals(ConsoleCommands.OK, code, err.toString(StandardCharsets.UTF_8));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, PDF_DPI);
            ImageIO.write(page, "png", OUT.resolve(name + ".png").toFile());
        }
        taken.add(name);
    }
}
