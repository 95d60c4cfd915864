package org.nightcramp.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.nightcramp.app.cli.CommandLine;
import org.nightcramp.storage.StoreNotice;
import org.testfx.util.WaitForAsyncUtils;

/** The window never waits on the data folder for ever: past the limit it opens without it. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PreloadWaitTest {

    @TempDir
    Path dir;

    @Test
    void aPreloadThatNeverEndsGivesWayToTheFallback() throws Exception {
        CompletableFuture<Preloaded> stuck = new CompletableFuture<>();
        Preloaded fallback = Preloaded.load(cmd());

        Preloaded used = PreloadWait.await(stuck, Duration.ofMillis(50), waited -> fallback);

        assertSame(fallback, used);
    }

    @Test
    void aFinishedPreloadIsUsed() throws Exception {
        Preloaded done = Preloaded.load(cmd());

        assertSame(done, PreloadWait.await(CompletableFuture.completedFuture(done), Duration.ofMillis(50),
                waited -> { throw new AssertionError("no fallback needed"); }));
    }

    @Test
    void theBackgroundPreloadStillReadsTheHomePagesDrawings() throws Exception {
        Preloaded pre = Preloaded.startInBackground(cmd()).get(30, TimeUnit.SECONDS);

        List<String> drawings = pre.content().load("en").guide().causes().stream().map(c -> c.illustration()).toList();
        assertEquals(5, drawings.size(), "the home page shows the five causes' drawings");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> drawings.stream().allMatch(pre.illustrations()::isRead));
        assertTrue(drawings.stream().allMatch(pre.illustrations()::isRead), "read after the window has its data");
        assertTrue(drawings.stream().allMatch(d -> pre.illustrations().illustration(d).isPresent()));
    }

    @Test
    void aFailedPreloadStillFails() {
        CompletableFuture<Preloaded> failed = CompletableFuture.failedFuture(new IllegalStateException("broken"));

        assertThrows(CompletionException.class, () -> PreloadWait.await(failed, Duration.ofSeconds(5), waited -> null));
    }

    @Test
    void withoutDataTouchesNothingInTheFolderAndNamesItsFiles() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve("settings.json"), "{\"schema\":1}");

        Preloaded pre = Preloaded.withoutData(cmd(), Duration.ofSeconds(20));

        assertNotEquals(data, pre.dataDir());
        assertFalse(pre.initialSettings().disclaimerAcknowledged(), "defaults, so the disclaimer is shown");
        StoreNotice settings = pre.settings().notice().orElseThrow();
        assertEquals(StoreNotice.Kind.UNREADABLE, settings.kind());
        assertEquals(data.resolve("settings.json").toAbsolutePath(), settings.file().toAbsolutePath());
        assertEquals(data.resolve("answers.json").toAbsolutePath(),
                pre.answers().notice().orElseThrow().file().toAbsolutePath());
        assertTrue(pre.contentError().isEmpty());
        try (var files = Files.list(data)) {
            assertEquals(List.of("settings.json"), files.map(p -> p.getFileName().toString()).toList());
        }
        try (var scratch = Files.walk(pre.dataDir())) {
            for (Path p : scratch.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private CommandLine cmd() throws CommandLine.UsageException {
        return CommandLine.parse(List.of("--data-dir", dir.resolve("data").toString()));
    }
}
