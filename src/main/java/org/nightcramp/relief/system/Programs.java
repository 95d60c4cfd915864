package org.nightcramp.relief.system;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Finds programs on the search path and runs them: the one door to the system's speech and
 * screen tools, so tests can point it at stand-in programs in a folder of their own.
 */
public final class Programs {

    private static final System.Logger LOG = System.getLogger(Programs.class.getName());
    /** A voice listing answers in well under this; a hung one must not hold up the routine's start. */
    private static final long PROBE_SECONDS = 5;

    private final List<Path> path;

    /** @param path the folders to look in, in order, as the PATH variable lists them */
    public Programs(List<Path> path) {
        this.path = List.copyOf(path);
    }

    /** The programs on this computer's PATH. */
    public static Programs system() {
        String value = System.getenv("PATH");
        List<Path> dirs = value == null ? List.of() : java.util.Arrays.stream(value.split(java.io.File.pathSeparator))
                .filter(s -> !s.isBlank()).map(Path::of).toList();
        return new Programs(dirs);
    }

    /** The first executable called {@code name} (or {@code name.exe}) on the path. */
    public Optional<Path> find(String name) {
        for (Path dir : path) {
            for (String file : List.of(name, name + ".exe")) {
                Path candidate = dir.resolve(file);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** Starts {@code command} with its output thrown away; its input stays open to us. */
    public Process start(List<String> command, Map<String, String> environment) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(environment);
        return builder.start();
    }

    /** Runs {@code command} to its end and returns what it printed, or empty when it failed or hung. */
    public Optional<String> output(List<String> command, Map<String, String> environment) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
            builder.environment().putAll(environment);
            Process process = builder.start();
            CompletableFuture<String> text = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
            if (!process.waitFor(PROBE_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                LOG.log(Level.INFO, "No answer in " + PROBE_SECONDS + " s from " + command.get(0));
                return Optional.empty();
            }
            String printed = text.join();
            if (process.exitValue() != 0) {
                LOG.log(Level.DEBUG, command.get(0) + " exited " + process.exitValue() + ": " + printed);
                return Optional.empty();
            }
            return Optional.of(printed);
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "Cannot run " + command.get(0) + ": " + e);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
