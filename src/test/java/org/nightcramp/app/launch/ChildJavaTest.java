package org.nightcramp.app.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChildJavaTest {

    private static final RuntimeConf CONF = RuntimeConf.parse("test", List.of("module java.base", "module javafx.controls",
            "module javafx.fxml", "option -XX:TieredStopAtLevel=1", "option since=25 -XX:-AOTReplayTraining"));
    private static final Path JAVA = Path.of("/jdk/bin/java");
    private static final Path JAR = Path.of("/apps/night-cramp-guide.jar");
    private static final List<Path> FX = List.of(Path.of("/apps/lib/javafx-base-21-linux.jar"),
            Path.of("/apps/lib/javafx-graphics-21-linux.jar"));

    @Test
    void startsTheJarsMainClassWithTheConfsOptionsJavaFxAsModulesAndThePersonsOptionsLast() {
        ChildJava child = new ChildJava(JAVA, JAR, "org.example.Main", FX, CONF, 17, List.of("-Dprism.order=sw"));

        List<String> command = child.command(List.of("-XX:SharedArchiveFile=/c/a.jsa"), Optional.empty(),
                List.of("--relief", "cramp-now"));

        assertEquals(List.of(JAVA.toString(), "-XX:TieredStopAtLevel=1", "-Xlog:cds*=off", "-XX:SharedArchiveFile=/c/a.jsa",
                "--module-path", FX.get(0) + File.pathSeparator + FX.get(1),
                "--add-modules", "javafx.controls,javafx.fxml", "-Dnightcramp.launch=jar", "-Dprism.order=sw",
                "-cp", JAR.toString(), "org.example.Main", "--relief", "cramp-now"), command);
    }

    @Test
    void aFirstStartNamesItsReadyFileAndJava25GetsItsOwnOptions() {
        ChildJava child = new ChildJava(JAVA, JAR, "org.example.Main", FX, CONF, 25, List.of());

        Path ready = Path.of("/c/a.jsa.9.part.ready");
        List<String> command = child.command(List.of(), Optional.of(ready), List.of());

        assertTrue(command.containsAll(List.of("-XX:-AOTReplayTraining", "-Xlog:aot*=off",
                "-Dnightcramp.launch.ready=" + ready)), command.toString());
        assertFalse(new ChildJava(JAVA, JAR, "m", FX, CONF, 24, List.of()).command(List.of(), Optional.empty(), List.of())
                .contains("-Xlog:aot*=off"), "Java 24 and older stop at an unknown log tag");
    }

    @Test
    void aPersonWhoChoosesTheCompilersGetsJavasCountOfCompilerThreads() {
        RuntimeConf conf = RuntimeConf.parse("test", List.of("module javafx.controls", "option -XX:TieredStopAtLevel=1",
                "option -XX:CICompilerCount=1"));

        for (String own : List.of("-XX:TieredStopAtLevel=4", "-XX:+TieredCompilation", "-XX:CICompilerCount=3")) {
            List<String> command = new ChildJava(JAVA, JAR, "m", FX, conf, 17, List.of(own))
                    .command(List.of(), Optional.empty(), List.of());
            assertFalse(command.contains("-XX:CICompilerCount=1"), own + ": Java would refuse to start");
            assertTrue(command.containsAll(List.of("-XX:TieredStopAtLevel=1", own)), command.toString());
        }
        assertTrue(new ChildJava(JAVA, JAR, "m", FX, conf, 17, List.of("-Xmx1g")).command(List.of(), Optional.empty(),
                List.of()).contains("-XX:CICompilerCount=1"));
    }

    @Test
    void thePersonsJvmOptionsAreThoseBeforeDashJar() {
        assertEquals(List.of("-Xmx1g", "-Duser.language=zh"), ChildJava.optionsBeforeJar(
                List.of("-Xmx1g", "-Duser.language=zh", "-jar", "app.jar", "--locale", "en")));
        assertEquals(List.of(), ChildJava.optionsBeforeJar(List.of("-jar", "app.jar")));
        assertEquals(List.of(), ChildJava.optionsBeforeJar(List.of("-cp", "x", "Main")));
    }
}
