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

    /** Empties the folder first, so no picture is left over from an earlier run. */
    MatrixShots(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (var old = Files.walk(folder)) {
                for (Path p : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        this.folder = Files.createDirectories(folder);
    }

    /** Snapshots the window, and the dialog over it when there is one; call on the FX thread. */
    void take(String name, Scene window, Scene dialog) {
        int[] base = pixels(window);
        int width = (int) window.getWidth();
        int height = (int) window.getHeight();
        int[] over = dialog == null ? null : pixels(dialog);
        int ox = 0;
        int oy = 0;
        int ow = 0;
        int oh = 0;
        if (over != null) {
            Window owner = window.getWindow();
            Window shown = dialog.getWindow();
            ow = (int) dialog.getWidth();
            oh = (int) dialog.getHeight();
            ox = (int) Math.round(shown.getX() + dialog.getX() - owner.getX() - window.getX());
            oy = (int) Math.round(shown.getY() + dialog.getY() - owner.getY() - window.getY());
        }
        int dx = ox;
        int dy = oy;
        int dw = ow;
        int dh = oh;
        pending.add(encoder.submit(() -> write(name, base, width, height, over, dx, dy, dw, dh)));
    }

    private static int[] pixels(Scene scene) {
        WritableImage image = scene.snapshot(null);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), IntBuffer.wrap(argb), w);
        return argb;
    }

    private void write(String name, int[] base, int w, int h, int[] over, int ox, int oy, int ow, int oh) {
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        out.setRGB(0, 0, w, h, base, 0, w);
        if (over != null) {
            for (int y = 0; y < oh; y++) {
                for (int x = 0; x < ow; x++) {
                    int tx = ox + x;
                    int ty = oy + y;
                    if (tx >= 0 && ty >= 0 && tx < w && ty < h) {
                        out.setRGB(tx, ty, over[y * ow + x]);
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
