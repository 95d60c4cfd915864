package org.nightcramp.app.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.nightcramp.testing.WithoutDisplay;

/**
 * {@code java -jar} on a jar laid out as {@code mvn package} lays it out, the whole way: the first
 * Java starts the second, which says (once) that there is no display, and its exit code is the
 * command's. Only the second Java has JavaFX as modules, so JavaFX's warning about the class path
 * shows which one ran the app.
 */
class JarLaunchTest {

    @TempDir
    Path dir;

    @Test
    void notFromTheAppsJarItRunsHere() {
        // The tests run from target/classes with many jars on the class path: no second Java.
        assertEquals(OptionalInt.empty(), JarLaunch.relaunch(List.of()));
        assertTrue(JarLaunch.firstJava().isEmpty());
    }

    @EnabledOnOs(OS.LINUX)
    @Test
    void javaDashJarRunsTheAppInASecondJavaAndPassesOnItsExitCode() throws Exception {
        WithoutDisplay.Run run = WithoutDisplay.java(dir, List.of("-jar", appJar().toString(),
                "--data-dir", dir.resolve("data").toString()));

        assertRanInASecondJava(run);
        Path cache = dir.resolve("cache/night-cramp-guide/java");
        assertTrue(Files.isDirectory(cache), "a first start writes its archive there");
        try (var left = Files.list(cache)) {
            assertEquals(List.of(), left.toList(), "a start that opened no window keeps no archive");
        }
    }

    /** Java names the jar by its real path; before this was known, a link ran it in one Java, with JavaFX's warning. */
    @EnabledOnOs(OS.LINUX)
    @Test
    void aLinkToTheJarStartsItTheSameWay() throws Exception {
        Path link = Files.createDirectories(dir.resolve("bin")).resolve("night-cramp-guide.jar");
        Files.createSymbolicLink(link, appJar().toAbsolutePath());

        WithoutDisplay.Run run = WithoutDisplay.java(dir, List.of("-jar", link.toString(),
                "--data-dir", dir.resolve("data").toString()));

        assertRanInASecondJava(run);
    }

    /** The app's jar laid out as {@code mvn package} lays it out, its libraries in {@code lib/}. */
    private Path appJar() throws Exception {
        Path app = dir.resolve("app");
        Files.createDirectories(app.resolve("lib"));
        List<String> classPath = new ArrayList<>();
        // Written by the dependency plugin before the tests run; linked, as copying would take seconds.
        for (String jar : Files.readString(Path.of("target/runtime-classpath.txt"), StandardCharsets.UTF_8).strip()
                .split(File.pathSeparator)) {
            Path lib = Path.of(jar);
            Files.createSymbolicLink(app.resolve("lib").resolve(lib.getFileName()), lib.toAbsolutePath());
            classPath.add("lib/" + lib.getFileName());
        }
        return TestJars.jar(app.resolve("night-cramp-guide.jar"), "org.nightcramp.app.Launcher", classPath,
                Path.of("target/classes"));
    }

    /** No display: the second Java says so once and exits 1, which the first passes on. */
    private static void assertRanInASecondJava(WithoutDisplay.Run run) {
        String output = run.output();
        assertEquals(1, run.exit(), output);
        String opening = WithoutDisplay.Run.noWindowOpening();
        assertEquals(1, output.split(java.util.regex.Pattern.quote(opening), -1).length - 1, "said once:\n" + output);
        assertFalse(output.contains("Unsupported JavaFX configuration"), "JavaFX ran as modules:\n" + output);
        assertFalse(run.printedATrace(), output);
    }
}
