package org.nightcramp.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.nightcramp.l10n.Texts;

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
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-Duser.language=en", "-Duser.country=GB",
                "-cp", System.getProperty("java.class.path"), "org.nightcramp.app.Launcher",
                "--data-dir", dir.resolve("data").toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("out.txt").toFile());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().put("XDG_CONFIG_HOME", dir.resolve("config").toString());
        Process process = builder.start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "it exits by itself");
        String output = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);

        assertEquals(1, process.exitValue(), output);
        String said = Texts.ui(Locale.UK).text("cli.noWindow", "");
        assertTrue(output.contains(said.substring(0, said.indexOf('('))), output);
        assertTrue(output.contains("--help"), output);
        assertFalse(output.lines().anyMatch(line -> line.startsWith("\tat ") || line.contains("Exception")), output);
    }
}
