package org.nightcramp.storage;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two writers on one data folder, as two app instances once were: neither's clean-up may take the
 * other's temp file in flight, so every save of the first lands.
 */
class TwoWritersTest {

    private static final int SAVES = 1_000;

    @TempDir
    Path dir;

    @Test
    void everySaveOfTheFirstWriterLandsWhileASecondWritesBeside() throws Exception {
        Path target = dir.resolve("settings.json");
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger landed = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> writers = new ArrayList<>();
        for (String who : List.of("first", "second")) {
            AtomicFiles files = new AtomicFiles();
            Thread writer = new Thread(() -> {
                awaitQuietly(go);
                for (int i = 0; i < SAVES; i++) {
                    try {
                        files.write(target, ("{\"" + who + "\":" + i + "}\n").getBytes(UTF_8));
                        if (who.equals("first")) {
                            landed.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                }
            });
            writer.start();
            writers.add(writer);
        }
        go.countDown();
        for (Thread t : writers) {
            t.join(TimeUnit.MINUTES.toMillis(2));
        }

        assertEquals(0, failed.get(), "saves that failed");
        assertEquals(SAVES, landed.get());
        assertTrue(Files.readString(target).startsWith("{\""));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
