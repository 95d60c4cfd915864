package org.nightcramp.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.IntBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Writes one PNG per matrix case, the window as a person would see it with any dialog on top.
 * The snapshot is taken on the FX thread; encoding runs on a thread of its own meanwhile.
 */
final class MatrixShots implements AutoCloseable {

    private final Path folder;
    private final ExecutorService encoder = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "matrix-png");
        t.setDaemon(true);
        return t;
    });
    private final List<Future<?>> pending = new ArrayList<>();

    private MatrixShots(Path folder) throws IOException {
        this.folder = Files.createDirectories(folder);
    }

    /** Shots into an emptied folder, so no picture is left over from an earlier run. */
    static MatrixShots fresh(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (var old = Files.walk(folder)) {
                for (Path p : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        return new MatrixShots(folder);
    }

    /** Shots into a folder whose other files stay, such as the README's pictures. */
    static MatrixShots into(Path folder) throws IOException {
        return new MatrixShots(folder);
    }

    /** A window or popup over the main window, and where it sits on the main window's picture. */
    private record Over(int[] argb, int x, int y, int width, int height) {
    }

    /** Snapshots the window with the dialogs and popups over it, in order; call on the FX thread. */
    void take(String name, Scene window, List<Scene> overlays) {
        Over base = pixels(window, 0, 0);
        Window owner = window.getWindow();
        List<Over> over = new ArrayList<>();
        for (Scene scene : overlays) {
            Window shown = scene.getWindow();
            over.add(pixels(scene, (int) Math.round(shown.getX() + scene.getX() - owner.getX() - window.getX()),
                    (int) Math.round(shown.getY() + scene.getY() - owner.getY() - window.getY())));
        }
        pending.add(encoder.submit(() -> write(name, base, over)));
    }

    /** The scene's pixels, as wide as the snapshot: a dialog's width may be fractional. */
    private static Over pixels(Scene scene, int x, int y) {
        WritableImage image = scene.snapshot(null);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), IntBuffer.wrap(argb), w);
        return new Over(argb, x, y, w, h);
    }

    private void write(String name, Over base, List<Over> overlays) {
        int w = base.width();
        int h = base.height();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        out.setRGB(0, 0, w, h, base.argb(), 0, w);
        for (Over over : overlays) {
            for (int y = 0; y < over.height(); y++) {
                for (int x = 0; x < over.width(); x++) {
                    int tx = over.x() + x;
                    int ty = over.y() + y;
                    int argb = over.argb()[y * over.width() + x];
                    // A popup's shadow and rounded corners are see-through: the window shows there.
                    if (tx >= 0 && ty >= 0 && tx < w && ty < h && (argb >>> 24) > 0x80) {
                        out.setRGB(tx, ty, argb);
                    }
                }
            }
        }
        try {
            Path file = folder.resolve(name + ".png");
            Files.createDirectories(file.getParent());
            // Fast rather than small: the pictures are for looking through, and time is short.
            ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.9f);
            try (ImageOutputStream stream = ImageIO.createImageOutputStream(file.toFile())) {
                writer.setOutput(stream);
                writer.write(null, new IIOImage(out, null, null), param);
            } finally {
                writer.dispose();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws Exception {
        for (Future<?> f : pending) {
            f.get(2, TimeUnit.MINUTES);
        }
        encoder.shutdown();
    }
}
