package org.nightcramp.app.launch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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
                "runtime.conf is missing from the app's jar");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> lines = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
            return parse("runtime.conf", lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RuntimeConf read(Path file) throws IOException {
        return parse(file.toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    /**
     * Reads the lines; {@code source} names the file in the message about a line it cannot read.
     * Like the rest of this package, it runs in a {@code java -jar}'s first Java before anything is
     * compiled: plain loops, no lambdas, streams, regular expressions or string {@code +} (see
     * {@link Strings}), each of which costs milliseconds of set-up the first time.
     */
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
                if (space < 1 || !digits(rest.substring(0, space))) {
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

    private static boolean digits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static IllegalArgumentException unreadable(String source, int index, String line) {
        return new IllegalArgumentException(Strings.concat(source, ", line ", index + 1, ": cannot read \"", line, "\""));
    }

    /** The options for a Java of this feature release, in the file's order. */
    public List<String> options(int feature) {
        List<String> given = new ArrayList<>();
        for (Option option : options) {
            if (feature >= option.since()) {
                given.add(option.text());
            }
        }
        return List.copyOf(given);
    }

    /**
     * True for JavaFX's jar of one module for one system ({@code javafx-graphics-21.0.11-linux.jar}):
     * an openjfx jar with a platform classifier. The plain ones hold no classes; these hold all.
     */
    public static boolean isJavafxPlatformJar(Path jar) {
        String name = jar.getFileName().toString();
        // javafx-MODULE-VERSION-CLASSIFIER.jar: module names and versions have no dash.
        int dashes = 0;
        for (int i = 0; i < name.length(); i++) {
            dashes += name.charAt(i) == '-' ? 1 : 0;
        }
        return name.startsWith("javafx-") && name.endsWith(".jar") && dashes >= 3;
    }

    /** The JavaFX modules among the runtime's, which a {@code java -jar} adds from its module path. */
    public List<String> javafxModules() {
        List<String> javafx = new ArrayList<>();
        for (String module : modules) {
            if (module.startsWith("javafx.")) {
                javafx.add(module);
            }
        }
        return List.copyOf(javafx);
    }
}
