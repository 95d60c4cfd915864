package org.nightcramp.app.launch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * What the app's jar says in its manifest: its main class, and the jars its {@code Class-Path}
 * names, beside it in {@code lib/}, in their order. Read by {@link JarLaunch} for the second Java
 * and by the installer ({@code packaging/Package.java}) for what goes into the package; each
 * decides itself what a missing jar means. Plain loops: see {@link RuntimeConf#parse}.
 *
 * @param mainClass its {@code Main-Class}, if it names one
 * @param classPath the jars it names, each resolved beside the jar; empty when it names none
 */
public record JarManifest(Optional<String> mainClass, List<Path> classPath) {

    public JarManifest {
        classPath = List.copyOf(classPath);
    }

    public static JarManifest read(Path jar) throws IOException {
        Manifest manifest;
        try (JarFile file = new JarFile(jar.toFile())) {
            manifest = file.getManifest();
        }
        if (manifest == null) {
            return new JarManifest(Optional.empty(), List.of());
        }
        Attributes main = manifest.getMainAttributes();
        List<Path> classPath = new ArrayList<>();
        String entries = main.getValue(Attributes.Name.CLASS_PATH);
        if (entries != null) {
            // The manifest's reader has joined its continuation lines: one space between entries.
            for (String entry : entries.split(" ")) {
                if (!entry.isBlank()) {
                    classPath.add(jar.resolveSibling(entry.strip()).normalize());
                }
            }
        }
        return new JarManifest(Optional.ofNullable(main.getValue(Attributes.Name.MAIN_CLASS)), classPath);
    }
}
