package org.nightcramp.relief.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Stand-in programs for the system's speech and screen tools: small shell scripts in a folder of
 * their own that log how they were called (one line per call, arguments separated by |) and then
 * print canned output, exit, or wait as the real tool would.
 */
public final class StandIns {

    private final Path dir;

    public StandIns(Path dir) {
        this.dir = dir;
    }

    /** Only the stand-ins, so no real speech or screen tool on this computer is found instead. */
    public Programs programs() {
        return new Programs(List.of(dir));
    }

    /** A program {@code name} that logs its call and runs {@code body} (a sh snippet). */
    public Path add(String name, String body) {
        Path file = dir.resolve(name);
        String script = "#!/bin/sh\nprintf '%s|' \"$@\" >> \"" + log(name) + "\"\necho >> \"" + log(name) + "\"\n"
                + body + "\n";
        try {
            Files.writeString(file, script, StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** The calls made to {@code name} so far, one per line. */
    public List<String> calls(String name) {
        try {
            Path log = log(name);
            return Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits, without sleeping the test, until {@code name} has been called {@code count} times. */
    public void awaitCalls(String name, int count) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> calls(name).size() >= count);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(name + " was called " + calls(name).size() + " times, not " + count, e);
        }
    }

    private Path log(String name) {
        return dir.resolve(name + ".calls");
    }
}
