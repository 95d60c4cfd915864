package org.nightcramp.app.launch;

import java.io.File;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.nightcramp.storage.AppDirectories;

/**
 * Makes {@code java -jar night-cramp-guide.jar} start like the installed app. A jar cannot choose
 * how its Java runs, and the plain JDK's defaults suit servers: both JIT compilers and G1 compete
 * with the start on a small machine, every class is read and checked from the jars again, and
 * JavaFX on the class path warns at every start. So this Java, before it loads any of the app,
 * starts a second one with {@code runtime.conf}'s options, JavaFX as modules and a class archive
 * of its own ({@link ClassArchive}, made by the first window session), passes the console and the
 * exit code through, and ends with it. The installed launcher, {@code mvn javafx:run}, the tests
 * and the console commands start the app directly, as before.
 */
public final class JarLaunch {

    /** Set in the second Java, so it runs the app instead of starting a third. */
    static final String CHILD = "nightcramp.launch";
    /** The file the second Java makes when its window starts: its archive is then worth keeping. */
    static final String READY = "nightcramp.launch.ready";
    /** {@code -Dnightcramp.relaunch=false} runs the app in the first Java, as before this existed. */
    static final String SWITCH = "nightcramp.relaunch";

    private JarLaunch() {
    }

    /** Found only when there is something to say: finding a logger costs the first Java some 50 ms. */
    private static System.Logger log() {
        return System.getLogger(JarLaunch.class.getName());
    }

    /**
     * Runs the app in a second Java when this one was started by {@code java -jar} on the app's
     * jar, and gives its exit code; empty when the app should run here (not such a start, or the
     * second Java could not be started: better a slower start than none).
     */
    public static OptionalInt relaunch(List<String> args) {
        Optional<Path> jar = startedFromOwnJar();
        if (jar.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            return run(jar.get(), args);
        } catch (IOException | RuntimeException e) {
            log().log(Level.DEBUG, "Starting the app in this Java instead of a second one", e);
            return OptionalInt.empty();
        }
    }

    /** In the second Java, as its window starts: a first start's archive is worth keeping. */
    public static void windowStarting() {
        String ready = System.getProperty(READY);
        if (ready != null) {
            try {
                Files.createFile(Path.of(ready));
            } catch (IOException e) {
                log().log(Level.DEBUG, Strings.concat("Cannot make ", ready), e);
            }
        }
    }

    /** In the second Java: the first one's process id, which waits for it (for the start-up benchmark). */
    public static OptionalLong firstJava() {
        Optional<ProcessHandle> parent = ProcessHandle.current().parent();
        return System.getProperty(CHILD) == null || parent.isEmpty() ? OptionalLong.empty() : OptionalLong.of(parent.get().pid());
    }

    /** The app's jar when it alone is the class path (what {@code java -jar} sets) and this is the first Java. */
    private static Optional<Path> startedFromOwnJar() {
        String classPath = System.getProperty("java.class.path", "");
        if (System.getProperty(CHILD) != null || "false".equals(System.getProperty(SWITCH))
                || classPath.contains(File.pathSeparator) || !classPath.endsWith(".jar")) {
            return Optional.empty();
        }
        try {
            CodeSource code = JarLaunch.class.getProtectionDomain().getCodeSource();
            Path own = Path.of(code.getLocation().toURI()).toAbsolutePath().normalize();
            // Java names the jar by its real path: a link to it (~/bin/night-cramp-guide.jar, say)
            // is the same jar, and its lib folder is the one beside the real jar, as Java finds it.
            return Files.isSameFile(own, Path.of(classPath)) ? Optional.of(own) : Optional.empty();
        } catch (URISyntaxException | IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static OptionalInt run(Path jar, List<String> args) throws IOException {
        JarManifest manifest = JarManifest.read(jar);
        List<Path> classPath = new ArrayList<>(List.of(jar));
        classPath.addAll(manifest.classPath());
        List<Path> javafx = new ArrayList<>();
        boolean complete = true;
        for (Path entry : classPath) {
            complete &= Files.isRegularFile(entry);
            if (RuntimeConf.isJavafxPlatformJar(entry)) {
                javafx.add(entry);
            }
        }
        if (manifest.mainClass().isEmpty() || javafx.isEmpty() || !complete) {
            // Not the jar mvn package makes, with its lib folder beside it: nothing to start it with.
            log().log(Level.DEBUG, "Not every jar of {0} is there; starting in this Java", classPath);
            return OptionalInt.empty();
        }
        Path javaHome = Path.of(System.getProperty("java.home"));
        int feature = Runtime.version().feature();
        ProcessHandle.Info self = ProcessHandle.current().info();
        Optional<String[]> javaArguments = self.arguments();
        ChildJava child = new ChildJava(javaHome.resolve("bin").resolve(launcherName(self.command())), jar,
                manifest.mainClass().get(), javafx, RuntimeConf.builtIn(), feature,
                ChildJava.optionsBeforeJar(javaArguments.isPresent() ? List.of(javaArguments.get()) : List.of()));
        ClassArchive archive = ClassArchive.in(AppDirectories.cacheForThisMachine().resolve("java"), javaHome,
                System.getProperty("java.vm.version", ""), classPath);
        return OptionalInt.of(new ChildRun(child, archive).run(args));
    }

    /**
     * The same launcher as this Java's: a jar double-clicked on Windows runs in {@code javaw.exe},
     * and starting {@code java.exe} from it would open a console window beside the app's.
     */
    private static String launcherName(Optional<String> command) {
        boolean windows = System.getProperty("os.name", "").startsWith("Windows");
        if (command.isPresent()) {
            String name = Path.of(command.get()).getFileName().toString();
            if (name.startsWith("java")) {
                return name;
            }
        }
        return windows ? "java.exe" : "java";
    }
}
