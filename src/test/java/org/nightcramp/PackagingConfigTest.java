package org.nightcramp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nightcramp.app.launch.RuntimeConf;

/**
 * The installer ({@code mvn -Pinstaller package}) links its runtime and starts its launcher from
 * {@code runtime.conf} (read by {@link RuntimeConf}). This checks that file against what it is derived from, without
 * packaging: the modules jdeps finds the app and its libraries need, and the JavaFX internals
 * ControlsFX refers to, which must be exported to the class path once JavaFX is a named module.
 */
class PackagingConfigTest {

    private static final RuntimeConf CONF = RuntimeConf.builtIn();
    /** Loaded by name at run time, so jdeps cannot see them; each with its reason in runtime.conf. */
    private static final Set<String> LOADED_BY_NAME = Set.of("jdk.localedata");

    private static List<String> fxJars;
    private static List<String> libraryJars;

    @BeforeAll
    static void runtimeClassPath() throws IOException {
        // Written by the dependency plugin's build-classpath before the tests run.
        String cp = Files.readString(Path.of("target/runtime-classpath.txt"), StandardCharsets.UTF_8).strip();
        List<String> all = Arrays.asList(cp.split(Pattern.quote(File.pathSeparator)));
        fxJars = all.stream().filter(j -> RuntimeConf.isJavafxPlatformJar(Path.of(j))).toList();
        libraryJars = all.stream().filter(j -> !Path.of(j).getFileName().toString().startsWith("javafx-")).toList();
        assertTrue(!fxJars.isEmpty(), "no JavaFX platform jars in " + cp);
    }

    @Test
    void theRuntimeHoldsExactlyTheModulesTheCodeNeeds() throws IOException {
        String printed = jdeps("--multi-release", "17", "--ignore-missing-deps", "--print-module-deps",
                "--module-path", String.join(File.pathSeparator, fxJars),
                "-cp", String.join(File.pathSeparator, libraryJars), "target/classes").strip();
        String[] lines = printed.split("\\R");
        Set<String> needed = new TreeSet<>(Arrays.asList(lines[lines.length - 1].split(",")));
        needed.addAll(LOADED_BY_NAME);
        assertEquals(needed, new TreeSet<>(CONF.modules()),
                "runtime.conf's modules should be what jdeps prints for target/classes and the runtime jars,"
                        + " plus " + LOADED_BY_NAME + "; jdeps said: " + printed);
    }

    @Test
    void theLauncherExportsEveryJavaFxInternalThatControlsFxUses() throws IOException {
        String controlsFx = libraryJars.stream().filter(j -> j.contains("controlsfx")).findFirst().orElseThrow();
        String report = jdeps("--multi-release", "17", "--ignore-missing-deps", "-verbose:package",
                "--module-path", String.join(File.pathSeparator, fxJars),
                "-cp", String.join(File.pathSeparator, libraryJars), controlsFx);
        // "   org.controlsfx.x   -> com.sun.javafx.event   javafx.base (internal)"
        Matcher m = Pattern.compile("->\\s+(\\S+)\\s+(javafx\\.\\S+)\\s+\\(internal\\)").matcher(report);
        Set<String> used = new TreeSet<>();
        while (m.find()) {
            used.add("--add-exports=" + m.group(2) + "/" + m.group(1) + "=ALL-UNNAMED");
        }
        Set<String> exported = CONF.options(Runtime.version().feature()).stream().filter(o -> o.startsWith("--add-exports="))
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(!used.isEmpty(), "jdeps found no JavaFX internals in " + controlsFx + ":\n" + report);
        assertEquals(used, exported, "runtime.conf's --add-exports should be exactly what ControlsFX uses");
    }

    /** An option not gated by a Java version must start Java 17, the oldest runtime the app supports. */
    @Test
    void theUngatedLauncherOptionsStartThisJava() throws IOException, InterruptedException {
        // JavaFX on the module path, as it is in the installer's runtime.
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path", String.join(File.pathSeparator, fxJars), "--add-modules", "javafx.controls"));
        command.addAll(CONF.options(Runtime.version().feature()));
        command.add("-version");
        Process java = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, java.waitFor(), "java " + command + " failed:\n" + output);
        assertTrue(!output.toLowerCase(Locale.ROOT).contains("warning"), output);
    }

    @Test
    void theLauncherStartsTheJarsMainClass() throws IOException {
        String script = Files.readString(Path.of("packaging/Package.java"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("MAIN_CLASS = \"([^\"]+)\"").matcher(script);
        assertTrue(m.find(), "packaging/Package.java names no MAIN_CLASS");
        String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
        assertTrue(pom.contains("<main.class>" + m.group(1) + "</main.class>"),
                "Package.java starts " + m.group(1) + " but the pom's main.class differs");
    }

    private static String jdeps(String... args) {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = jdeps.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), args);
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit, "jdeps " + String.join(" ", args) + " failed:\n" + text + err.toString(StandardCharsets.UTF_8));
        return text;
    }
}
