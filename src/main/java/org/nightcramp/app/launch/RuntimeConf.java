package org.nightcramp.app.launch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How the app wants Java started: the modules of the installer's runtime and the JVM options, from
 * {@code runtime.conf} beside this class. The installer ({@code packaging/Package.java}) links its
 * runtime and writes its launcher from it, and {@link JarLaunch} starts the Java of a
 * {@code java -jar} with the same options, so both start the app alike.
 *
 * @param modules the runtime's modules, as listed
 * @param options every JVM option with the oldest Java it is given to
 */
public record RuntimeConf(List<String> modules, List<Option> options) {

    /** An openjfx jar with a platform classifier: the plain ones hold no classes, these hold all. */
    private static final Pattern JAVAFX_PLATFORM_JAR = Pattern.compile("javafx-[a-z]+-\\d[\\d.]*-.+\\.jar");

    /** One {@code option [since=N] TEXT} line. */
    public record Option(int since, String text) {
    }

    public RuntimeConf {
        modules = List.copyOf(modules);
        options = List.copyOf(options);
    }

    /** The file in the app's jar. */
    public static RuntimeConf builtIn() {
        try (InputStream in = Objects.requireNonNull(RuntimeConf.class.getResourceAsStream("runtime.conf"),
                "runtime.conf is missing from the app's jar")) {
            return parse("runtime.conf", new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RuntimeConf read(Path file) throws IOException {
        return parse(file.toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    /** Reads the lines; {@code source} names the file in the message about a line it cannot read. */
    static RuntimeConf parse(String source, List<String> lines) {
        List<String> modules = new ArrayList<>();
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).strip();
            if (t.startsWith("module ")) {
                modules.add(t.substring("module ".length()).strip());
            } else if (t.startsWith("option since=")) {
                String rest = t.substring("option since=".length());
                int space = rest.indexOf(' ');
                if (space < 0 || !rest.substring(0, space).matches("\\d+")) {
                    throw unreadable(source, i, lines.get(i));
                }
                options.add(new Option(Integer.parseInt(rest.substring(0, space)), rest.substring(space + 1).strip()));
            } else if (t.startsWith("option ")) {
                options.add(new Option(0, t.substring("option ".length()).strip()));
            } else if (!t.isEmpty() && !t.startsWith("#")) {
                throw unreadable(source, i, lines.get(i));
            }
        }
        return new RuntimeConf(modules, options);
    }

    private static IllegalArgumentException unreadable(String source, int index, String line) {
        return new IllegalArgumentException(source + ", line " + (index + 1) + ": cannot read \"" + line + "\"");
    }

    /** The options for a Java of this feature release, in the file's order. */
    public List<String> options(int feature) {
        return options.stream().filter(o -> feature >= o.since()).map(Option::text).toList();
    }

    /** True for JavaFX's jar of one module for one system ({@code javafx-graphics-21.0.11-linux.jar}). */
    public static boolean isJavafxPlatformJar(Path jar) {
        return JAVAFX_PLATFORM_JAR.matcher(jar.getFileName().toString()).matches();
    }

    /** The JavaFX modules among the runtime's, which a {@code java -jar} adds from its module path. */
    public List<String> javafxModules() {
        return modules.stream().filter(m -> m.startsWith("javafx.")).toList();
    }
}
