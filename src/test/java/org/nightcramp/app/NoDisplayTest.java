package org.nightcramp.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.nightcramp.testing.WithoutDisplay;

/**
 * Started where there is no display (a server, an SSH session), the app says so in words and
 * exits 1: no Java stack trace on the console for what is an ordinary situation.
 */
@EnabledOnOs(OS.LINUX)
class NoDisplayTest {

    @TempDir
    Path dir;

    @Test
    void withoutADisplayItSaysSoAndExits1() throws Exception {
        WithoutDisplay.Run run = WithoutDisplay.java(dir, List.of("-cp", System.getProperty("java.class.path"),
                "org.nightcramp.app.Launcher", "--data-dir", dir.resolve("data").toString()));

        assertEquals(1, run.exit(), run.output());
        assertTrue(run.output().contains(WithoutDisplay.Run.noWindowOpening()), run.output());
        assertTrue(run.output().contains("--help"), run.output());
        assertFalse(run.printedATrace(), run.output());
    }
}
