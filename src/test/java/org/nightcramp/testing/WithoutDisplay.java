package org.nightcramp.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.nightcramp.l10n.Texts;

/**
 * Starts the app's Java as on a server or over SSH: no display, config and cache folders of the
 * test's own, in English; waits for it to exit by itself and gives what it printed.
 */
public final class WithoutDisplay {

    /** @param exit its exit code  @param output standard output and error, together */
    public record Run(int exit, String output) {

        /** The words that open the English "could not open its window" message (before its reason). */
        public static String noWindowOpening() {
            String said = Texts.ui(Locale.UK).text("cli.noWindow", "");
            return said.substring(0, said.indexOf('('));
        }

        /** True when a Java stack trace or an exception's name reached the console. */
        public boolean printedATrace() {
            return output.lines().anyMatch(line -> line.startsWith("\tat ") || line.contains("Exception"));
        }
    }

    private WithoutDisplay() {
    }

    /** Runs this Java with {@code arguments} (JVM options, then what to start), in {@code dir}. */
    public static Run java(Path dir, List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.language=en", "-Duser.country=GB"));
        command.addAll(arguments);
        Path out = dir.resolve("out.txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().put("XDG_CONFIG_HOME", dir.resolve("config").toString());
        builder.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        Process process = builder.start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "it exits by itself");
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
    }
}
