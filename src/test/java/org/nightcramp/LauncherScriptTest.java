package org.nightcramp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * packaging/launcher.sh, the Linux launcher the installer puts in place of jpackage's: it must
 * start the image's Java with exactly the options, class path and main class of the .cfg, with
 * $APPDIR filled in, however it is reached (the desktop entry, a link) and whatever the paths hold.
 */
@EnabledOnOs(OS.LINUX)
class LauncherScriptTest {

    @TempDir
    Path dir;

    @Test
    void startsTheImagesJavaWithTheCfgsOptionsAndTheArguments() throws Exception {
        Path image = Files.createDirectories(dir.resolve("my apps/night-cramp-guide")).toRealPath();
        Path launcher = Files.createDirectories(image.resolve("bin")).resolve("night-cramp-guide");
        Files.copy(Path.of("packaging/launcher.sh"), launcher);
        Path app = Files.createDirectories(image.resolve("lib/app"));
        Files.writeString(app.resolve("night-cramp-guide.cfg"), """
                [Application]
                app.classpath=$APPDIR/night-cramp-guide.jar
                app.mainclass=org.nightcramp.app.Launcher
                app.classpath=$APPDIR/lib two.jar

                [JavaOptions]
                java-options=-Djpackage.app-version=0.1.0
                java-options=-XX:AOTCache=$APPDIR/night-cramp-guide-0.1.0-abc.aot
                java-options=-Dwords=a b "c" $HOME
                """, StandardCharsets.UTF_8);
        // A stand-in for the image's java that prints what it was given, one argument a line.
        Path java = Files.createDirectories(image.resolve("lib/runtime/bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
        executable(launcher);
        executable(java);
        Path link = Files.createSymbolicLink(dir.resolve("night-cramp-guide"), launcher);

        List<String> given = run(link.toString(), "--relief", "cramp now");

        assertEquals(List.of(
                "-Djpackage.app-version=0.1.0",
                "-XX:AOTCache=" + app + "/night-cramp-guide-0.1.0-abc.aot",
                "-Dwords=a b \"c\" $HOME",
                "-Djpackage.app-path=" + launcher,
                "-cp", app + "/night-cramp-guide.jar:" + app + "/lib two.jar",
                "org.nightcramp.app.Launcher",
                "--relief", "cramp now"), given);
    }

    private static void executable(Path file) throws IOException {
        if (!file.toFile().setExecutable(true, false)) {
            throw new IOException("Cannot make " + file + " executable");
        }
    }

    private static List<String> run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the launcher did not finish");
        }
        assertEquals(0, process.exitValue(), new String(out, StandardCharsets.UTF_8));
        return new String(out, StandardCharsets.UTF_8).lines().toList();
    }
}
