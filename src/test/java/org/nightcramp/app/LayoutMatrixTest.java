package org.nightcramp.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nightcramp.app.MatrixPages.fx;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.controlsfx.control.ToggleSwitch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.nightcramp.app.cli.CommandLine;
import org.nightcramp.sheet.print.FakePrintSystem;
import org.nightcramp.sheet.print.PrinterStatus;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The layout matrix: every page and state of the real window (home, each wizard step, the
 * summary, the relief panel idle, running and at each kind of step, the sheet, the reader, Get
 * help and the disclaimer) at 800 x 600, 1100 x 760, 1400 x 900 and 1920 x 1080, in English and
 * Chinese, Light and Night, at the normal text size and three steps larger. Each case must show
 * no label cut short, no control over another or past the window's edge, no notice over the page
 * and no page stretched far past its content ({@link LayoutChecks}).
 *
 * <p>All 32 combinations of all pages would take many minutes, so the matrix samples: English,
 * Light, normal text at all four sizes, then each of the other seven combinations of language,
 * theme and text size at one size (Chinese, Night, larger text at two, including the hardest,
 * 800 x 600), chosen so every size meets each language, theme and text size at least once
 * (pairwise; {@code LayoutMatrixSamplingTest} keeps it so). Every page is seen in every case.
 * Each case leaves a PNG in {@code target/layout-matrix/} for a person to page through; at
 * 800 x 600 a long notice is up, to show it pushes the page down rather than covering it.
 */
@ExtendWith(ApplicationExtension.class)
class LayoutMatrixTest {

    static final Size SMALL = new Size(800, 600);
    static final Size LAPTOP = new Size(1100, 760);
    static final Size MEDIUM = new Size(1400, 900);
    static final Size LARGE = new Size(1920, 1080);
    /** Three presses of Ctrl+= from the normal size. */
    private static final int LARGER = 3;

    record Size(int width, int height) {
        @Override
        public String toString() {
            return width + "x" + height;
        }
    }

    /** @param notices the sizes at which a long notice is up over every page */
    record Combo(String language, boolean night, int larger, List<Size> sizes, List<Size> notices) {
        String name() {
            return language + "-" + (night ? "night" : "light") + "-" + (larger == 0 ? "text0" : "text+" + larger);
        }
    }

    /** The sampling described above; a test keeps it pairwise. */
    static final List<Combo> COMBOS = List.of(
            new Combo("en", false, 0, List.of(SMALL, LAPTOP, MEDIUM, LARGE), List.of(SMALL, MEDIUM, LARGE)),
            new Combo("en", false, LARGER, List.of(SMALL), List.of()),
            new Combo("en", true, 0, List.of(LAPTOP), List.of(LAPTOP)),
            new Combo("en", true, LARGER, List.of(MEDIUM), List.of()),
            new Combo("zh-CN", false, 0, List.of(MEDIUM), List.of(MEDIUM)),
            new Combo("zh-CN", false, LARGER, List.of(LAPTOP), List.of(LAPTOP)),
            new Combo("zh-CN", true, 0, List.of(LARGE), List.of(LARGE)),
            new Combo("zh-CN", true, LARGER, List.of(SMALL, LARGE), List.of(SMALL)));

    private static final Path OUT = Path.of("target", "layout-matrix");
    /** {@code -nc-ill-skin} in the Night theme of {@code illustration.css}. */
    private static final int NIGHT_SKIN = 0xc8a27d;

    @TempDir
    Path dataDir;

    private Stage stage;
    /** Time spent waiting for fades and swells to end. */
    private long waiting;

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            if (stage != null) {
                stage.close();
            }
        }).get(5, TimeUnit.SECONDS);
    }

    @Test
    void everyPageFitsAtEverySizeLanguageThemeAndTextSize() throws Exception {
        long started = System.nanoTime();
        seed();
        FakePrintSystem printers = new FakePrintSystem();
        printers.add("Office", PrinterStatus.IDLE);
        printers.add("Upstairs", PrinterStatus.STOPPED);
        // Start-up reads fonts and the guide; on a busy machine it takes longer than a click.
        MainWindow window = WaitForAsyncUtils.asyncFx(() -> {
            stage = new Stage();
            return AppStartup.start(stage, Preloaded.load(CommandLine.parse(List.of("--data-dir", dataDir.toString()))),
                    printers.printing()).orElseThrow();
        }).get(2, TimeUnit.MINUTES);
        WaitForAsyncUtils.waitForFxEvents();
        Map<String, List<String>> failures = new LinkedHashMap<>();
        int cases = 0;
        long navigating = 0;
        long resizing = 0;
        long checking = 0;
        try (MatrixShots shots = MatrixShots.fresh(OUT)) {
            for (Combo combo : COMBOS) {
                apply(window, combo);
                MatrixPages pages = new MatrixPages(window);
                for (MatrixPages.State state : pages.states()) {
                    long enter = System.nanoTime();
                    if (!state.dialog()) {
                        state.enter().run();
                    }
                    navigating += System.nanoTime() - enter;
                    for (Size size : combo.sizes()) {
                        long t0 = System.nanoTime();
                        resize(size);
                        resizing += System.nanoTime() - t0;
                        if (state.dialog()) {
                            state.enter().run();
                            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> MatrixPages.dialog(stage).isPresent());
                        }
                        boolean notice = combo.notices().contains(size) && !state.dialog();
                        String name = combo.name() + "/" + size + "/" + state.name();
                        List<String> problems = check(window, name, notice, shots);
                        cases++;
                        checking += System.nanoTime() - t0;
                        if (!problems.isEmpty()) {
                            failures.put(name, problems);
                        }
                        if (state.dialog()) {
                            MatrixPages.closeDialog(stage);
                        }
                    }
                }
            }
        }
        nightSkinInThePictures().ifPresent(p -> failures.put("pictures", List.of(p)));
        String report = report(failures, cases, System.nanoTime() - started)
                + String.format("navigating %.1f s, resizing %.1f s, resizing and checking %.1f s (waiting for stillness %.1f s)%n",
                navigating / 1e9, resizing / 1e9, checking / 1e9, waiting / 1e9);
        Files.writeString(OUT.resolve("report.txt"), report);
        assertEquals(0, failures.size(), report);
    }

    /**
     * Checks the window as it is, with the notice up when asked, once everything has stopped
     * moving, and takes its picture.
     */
    private List<String> check(MainWindow window, String name, boolean notice, MatrixShots shots) {
        if (notice) {
            fx(() -> {
                window.showNotice(longNotice(window));
                return null;
            });
        }
        List<Scene> overlays = MatrixPages.overlays(stage);
        List<Scene> all = new ArrayList<>(List.of(stage.getScene()));
        all.addAll(overlays);
        long t0 = System.nanoTime();
        boolean still = Stillness.await(all, 5);
        waiting += System.nanoTime() - t0;
        return fx(() -> {
            List<String> found = new ArrayList<>();
            if (!still) {
                found.add("still moving after 5 s: a fade or swell never ends");
            }
            for (Scene scene : all) {
                settle(scene);
                String where = scene == stage.getScene() ? "" : scene.getRoot() instanceof DialogPane ? "dialog: " : "popup: ";
                LayoutChecks.check(scene).forEach(p -> found.add(where + p));
            }
            shots.take(name, stage.getScene(), overlays);
            if (notice) {
                ((Button) stage.getScene().lookup("#noticeClose")).fire();
            }
            return found;
        });
    }

    /**
     * The Night pictures are to be trusted: the bedtime stretch's drawings fade in (from the
     * resting pose to the hold and back), and a shot in the middle of the fade showed light skin
     * dark brown. Once the fade is over the skin has the night palette's colour.
     */
    private static java.util.Optional<String> nightSkinInThePictures() throws Exception {
        StringBuilder wrong = new StringBuilder();
        for (String state : List.of("relief-bed-ready", "relief-bed-hold")) {
            Path picture = OUT.resolve("en-night-text0").resolve(LAPTOP.toString()).resolve(state + ".png");
            BufferedImage image = ImageIO.read(picture.toFile());
            int skin = 0;
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    if (near(image.getRGB(x, y), NIGHT_SKIN)) {
                        skin++;
                    }
                }
            }
            if (skin < 400) {
                wrong.append(String.format(Locale.ROOT, "%s has %d pixels of the night skin colour #%06x:"
                        + " a drawing caught in its fade? ", picture, skin, NIGHT_SKIN));
            }
        }
        return wrong.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(wrong.toString().trim());
    }

    private static boolean near(int rgb, int wanted) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs(((rgb >> shift) & 0xff) - ((wanted >> shift) & 0xff)) > 3) {
                return false;
            }
        }
        return true;
    }

    /** Answers that bring four causes into the summary, none of them a clot sign. */
    private void seed() throws Exception {
        Files.writeString(dataDir.resolve("settings.json"), """
                {"schema":1,"locale":"en","theme":"light","textScale":1.0,
                 "window":{"x":0,"y":0,"width":1100,"height":760,"maximized":false},
                 "disclaimerAcknowledged":true}""");
        Files.writeString(dataDir.resolve("answers.json"), """
                {"schema":1,"questions":{"cold.room":"yes","fatigue.long-activity":"yes",
                 "calcium.low-intake":"not-sure","posture.pointed-toes":"yes","blood-flow.varicose":"yes"},
                 "aboutYou":{"about.over-60":"yes"},"lastStep":"","finished":false}""");
        DiarySeed.fiveWeeks(dataDir);
    }

    private void apply(MainWindow window, Combo combo) {
        MatrixPages.act(() -> {
            ComboBox<LanguageOption> choice = lookup("languageChoice");
            choice.getItems().stream().filter(l -> l.tag().equals(combo.language())).findFirst()
                    .ifPresent(choice::setValue);
        });
        MatrixPages.act(() -> {
            ToggleSwitch night = lookup("nightSwitch");
            night.setSelected(combo.night());
            Button smaller = lookup("textSmaller");
            Button larger = lookup("textLarger");
            for (int i = 0; i < 8; i++) {
                smaller.fire();
            }
            larger.fire();
            for (int i = 0; i < combo.larger(); i++) {
                larger.fire();
            }
        });
    }

    /** Resizes the window and waits for the scene to follow: Monocle resizes it a pulse later. */
    private void resize(Size size) throws Exception {
        fx(() -> {
            stage.setWidth(size.width());
            stage.setHeight(size.height());
            return null;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getScene().getWidth() == size.width()
                && stage.getScene().getHeight() == size.height());
    }

    /** Lays the window out at its size; wrapped labels and scroll panes may take a second pass. */
    private static void settle(Scene scene) {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        scene.getRoot().layout();
    }

    private static String longNotice(MainWindow window) {
        return window.session().texts().text("notice.settingsReset", "/home/someone/.config/night-cramp-guide/settings.json",
                "/home/someone/.config/night-cramp-guide/settings.json.corrupt-2026-01-01T03-00-00Z");
    }

    @SuppressWarnings("unchecked")
    private <T> T lookup(String id) {
        return (T) stage.getScene().lookup("#" + id);
    }

    private static String report(Map<String, List<String>> failures, int cases, long nanos) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%d cases in %.1f s, %d with problems%n", cases, nanos / 1e9, failures.size()));
        failures.forEach((name, problems) -> {
            sb.append(name).append('\n');
            problems.forEach(p -> sb.append("    ").append(p).append('\n'));
        });
        return sb.toString();
    }
}
