package org.nightcramp.app.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuntimeConfTest {

    @Test
    void readsModulesAndOptionsWithTheJavaTheyNeed() {
        RuntimeConf conf = RuntimeConf.parse("test.conf", List.of(
                "# a comment", "", "module java.base", "  module javafx.controls  ", "option -XX:+UseSerialGC",
                "option since=23 --sun-misc-unsafe-memory-access=allow", "module javafx.fxml"));

        assertEquals(List.of("java.base", "javafx.controls", "javafx.fxml"), conf.modules());
        assertEquals(List.of("javafx.controls", "javafx.fxml"), conf.javafxModules());
        assertEquals(List.of("-XX:+UseSerialGC"), conf.options(17));
        assertEquals(List.of("-XX:+UseSerialGC", "--sun-misc-unsafe-memory-access=allow"), conf.options(23));
    }

    @Test
    void aLineItCannotReadIsNamedWithItsFileAndNumber() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> RuntimeConf.parse("runtime.conf", List.of("module java.base", "modul java.sql")));
        assertEquals("runtime.conf, line 2: cannot read \"modul java.sql\"", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RuntimeConf.parse("x", List.of("option since=x -Xms1m")));
        assertThrows(IllegalArgumentException.class, () -> RuntimeConf.parse("x", List.of("option since=22")));
    }

    @Test
    void theBuiltInFileAddsJavaFxAndStartsWithTheLightCompiler() {
        RuntimeConf conf = RuntimeConf.builtIn();
        assertTrue(conf.javafxModules().containsAll(List.of("javafx.controls", "javafx.fxml")), conf.modules().toString());
        assertTrue(conf.options(17).contains("-XX:TieredStopAtLevel=1"), conf.options(17).toString());
    }

    @Test
    void javafxPlatformJarsAreTheOnesWithAClassifier() {
        assertTrue(RuntimeConf.isJavafxPlatformJar(Path.of("lib/javafx-graphics-21.0.11-linux.jar")));
        assertTrue(RuntimeConf.isJavafxPlatformJar(Path.of("javafx-base-21.0.11-mac-aarch64.jar")));
        assertFalse(RuntimeConf.isJavafxPlatformJar(Path.of("lib/javafx-graphics-21.0.11.jar")));
        assertFalse(RuntimeConf.isJavafxPlatformJar(Path.of("lib/controlsfx-11.2.2.jar")));
    }
}
