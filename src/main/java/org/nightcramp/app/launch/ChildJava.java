package org.nightcramp.app.launch;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The command of the Java a {@code java -jar} starts to run the app: the options of
 * {@code runtime.conf} for this Java, the class archive, JavaFX as modules (no "Unsupported JavaFX
 * configuration" warning), the app's jar with its main class, and the person's own arguments.
 *
 * @param java        the {@code java} of the running Java
 * @param jar         the app's jar, whose manifest names its libraries
 * @param mainClass   the jar's {@code Main-Class}
 * @param javafx      JavaFX's platform jars, the module path
 * @param conf        what {@code runtime.conf} says
 * @param feature     the running Java's feature release
 * @param ownOptions  the JVM options given to {@code java -jar} itself, passed on last so they win
 */
record ChildJava(Path java, Path jar, String mainClass, List<Path> javafx, RuntimeConf conf, int feature,
                 List<String> ownOptions) {

    /** Set in the Java this starts, which is the app and must not start yet another. */
    static final String MARK = "-D" + JarLaunch.CHILD + "=jar";

    /**
     * One compiler thread is legal only with C1 alone: Java refuses to start when the person's own
     * options bring C2 back, so it then picks the count itself.
     */
    private static final String COMPILER_THREADS = "-XX:CICompilerCount=";

    ChildJava {
        javafx = List.copyOf(javafx);
        ownOptions = List.copyOf(ownOptions);
    }

    /**
     * The whole command. {@code archive}: the options that use or write the class archive;
     * {@code ready}: the file the app makes when its window starts, for a first start's archive.
     */
    List<String> command(List<String> archive, Optional<Path> ready, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        boolean ownCompilers = choosesCompilers(ownOptions);
        for (String option : conf.options(feature)) {
            if (!(ownCompilers && option.startsWith(COMPILER_THREADS))) {
                command.add(option);
            }
        }
        // A class the archive cannot hold (JavaFX's generated ones, say) is logged as a warning at
        // every start that writes it; the archive is Java's business, not the person's.
        command.add("-Xlog:cds*=off");
        if (feature >= 25) {
            command.add("-Xlog:aot*=off");
        }
        command.addAll(archive);
        StringJoiner modulePath = new StringJoiner(File.pathSeparator);
        for (Path jar : javafx) {
            modulePath.add(jar.toString());
        }
        command.addAll(List.of("--module-path", modulePath.toString(), "--add-modules", String.join(",", conf.javafxModules())));
        command.add(MARK);
        if (ready.isPresent()) {
            command.add(Strings.concat("-D", JarLaunch.READY, "=", ready.get()));
        }
        command.addAll(ownOptions);
        command.addAll(List.of("-cp", jar.toString(), mainClass));
        command.addAll(args);
        return command;
    }

    private static boolean choosesCompilers(List<String> options) {
        for (String option : options) {
            if (option.startsWith("-XX:TieredStopAtLevel=") || option.endsWith("TieredCompilation")
                    || option.startsWith(COMPILER_THREADS)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The JVM options among a {@code java} command's arguments (those before {@code -jar}), for a
     * person who starts the jar with, say, {@code -Dprism.order=sw}.
     */
    static List<String> optionsBeforeJar(List<String> javaArguments) {
        int jar = javaArguments.indexOf("-jar");
        return jar < 0 ? List.of() : List.copyOf(javaArguments.subList(0, jar));
    }
}
