import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.nightcramp.app.launch.JarManifest;
import org.nightcramp.app.launch.RuntimeConf;

/**
 * Builds the installer for the system it runs on: a jlinked runtime with JavaFX as modules, a
 * jpackage app image, an ahead-of-time cache trained by starting that very image once, and then
 * the .deb, .msi or .dmg around it. Run by {@code mvn -Pinstaller package} with the JDK the
 * runtime is made from (property {@code installer.jdk}), as a single-file source program beside
 * the app's classes, whose {@code RuntimeConf} says what the runtime holds and how Java starts:
 *
 *   java -cp target/classes packaging/Package.java PROJECT_DIR VERSION [TYPE]
 *
 * TYPE is deb, msi, dmg (the default for the system) or app-image (stop after the image).
 *
 * Why the cache's name carries a fingerprint of the jars: Java 25 does not notice that a jar on
 * the class path changed after the cache was made; it goes on serving the old classes from the
 * cache without a word (tried: a rebuilt jar ran its previous code). So the cache is made here,
 * from the jars that ship beside it, and the launcher names it by their SHA-256: a package that
 * replaces the jars always brings the cache made from them, and an old cache is never named.
 */
public final class Package {

    private static final String NAME = "night-cramp-guide";
    private static final String TITLE = "Night Cramp Guide";
    private static final String MAIN_CLASS = "org.nightcramp.app.Launcher";
    private static final String DESCRIPTION = "A self-help guide for leg and foot cramps at night";

    private final Path project;
    private final Path target;
    private final Path out;
    private final String version;
    private final String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
    private final int feature = Runtime.version().feature();

    private Package(Path project, String version) {
        this.project = project;
        this.target = project.resolve("target");
        this.out = target.resolve("installer");
        // jpackage wants a plain dotted number: 0.1.0-SNAPSHOT becomes 0.1.0.
        this.version = version.replaceAll("[^0-9.].*$", "");
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: java packaging/Package.java PROJECT_DIR VERSION [TYPE]");
        }
        Package p = new Package(Path.of(args[0]).toAbsolutePath().normalize(), args[1]);
        p.build(args.length > 2 && !args[2].isBlank() ? args[2] : p.defaultType());
    }

    private String defaultType() {
        return windows() ? "msi" : mac() ? "dmg" : "deb";
    }

    private void build(String type) throws Exception {
        deleteTree(out);
        Files.createDirectories(out);
        RuntimeConf conf = RuntimeConf.builtIn();
        // The jars the app's manifest names, as java -jar uses them: target/lib may still hold
        // other versions an earlier build copied there (two javafx-fxml jars fail jlink).
        List<Path> libs = classPath(target.resolve(NAME + ".jar"));
        // The openjfx jars with a classifier carry this system's classes and native code; the
        // plain ones are empty. JavaFX goes into the runtime as modules, everything else beside the app.
        List<Path> fx = libs.stream().filter(RuntimeConf::isJavafxPlatformJar).toList();
        List<Path> appJars = new ArrayList<>(List.of(target.resolve(NAME + ".jar")));
        // In the order jpackage's launcher lists them (by name after the app's jar): the cache's
        // fingerprint is of the jars in that order, and packaging/check-deb.sh checks it so.
        libs.stream().filter(j -> !j.getFileName().toString().startsWith("javafx-"))
                .sorted(Comparator.comparing(j -> j.getFileName().toString())).forEach(appJars::add);
        if (fx.isEmpty()) {
            throw new IllegalStateException("No JavaFX platform jars in " + target.resolve("lib") + ": run mvn package first");
        }
        Path fxDir = copyAll(fx, out.resolve("javafx"));
        Path input = copyAll(appJars, out.resolve("input"));
        String cache = NAME + "-" + version + "-" + fingerprint(appJars) + (feature >= 25 ? ".aot" : ".jsa");
        log("Java " + Runtime.version() + " from " + System.getProperty("java.home") + "; cache " + cache);

        tool("jlink", "--module-path", fxDir.toString(), "--add-modules", String.join(",", conf.modules()),
                "--include-locales=en,zh", "--strip-debug", "--no-header-files", "--no-man-pages",
                "--generate-cds-archive", "--output", out.resolve("runtime").toString());

        extractNatives(fx, out.resolve("runtime"));

        List<String> image = new ArrayList<>(List.of("--type", "app-image", "--dest", out.resolve("image").toString(),
                "--input", input.toString(), "--main-jar", NAME + ".jar", "--main-class", MAIN_CLASS,
                "--runtime-image", out.resolve("runtime").toString()));
        image.addAll(identity());
        for (String option : conf.options(feature)) {
            image.addAll(List.of("--java-options", option));
        }
        image.addAll(List.of("--java-options", (feature >= 25 ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=")
                + "$APPDIR/" + cache));
        tool("jpackage", image.toArray(String[]::new));

        Path appImage = onlyChild(out.resolve("image"));
        if (!windows() && !mac()) {
            useScriptLauncher(appImage);
        }
        train(appImage, cache, conf.options(feature));
        if (type.equals("app-image")) {
            log("App image: " + appImage);
            return;
        }
        List<String> installer = new ArrayList<>(List.of("--type", type, "--app-image", appImage.toString(),
                "--dest", out.toString()));
        installer.addAll(identity());
        installer.addAll(platformInstallerOptions());
        tool("jpackage", installer.toArray(String[]::new));
        try (Stream<Path> made = Files.list(out)) {
            made.filter(f -> f.toString().endsWith("." + type)).forEach(f -> log("Installer: " + f));
        }
    }

    /**
     * On Linux, packaging/launcher.sh replaces jpackage's native launcher (same name, same .cfg):
     * that one asks rpm and dpkg at every start which package owns it, about 170 ms here.
     */
    private void useScriptLauncher(Path appImage) throws IOException {
        Path launcher = appImage.resolve("bin").resolve(NAME);
        if (!Files.isRegularFile(launcher)) {
            throw new IllegalStateException("jpackage made no launcher at " + launcher);
        }
        Files.copy(project.resolve("packaging/launcher.sh"), launcher, StandardCopyOption.REPLACE_EXISTING);
        if (!launcher.toFile().setExecutable(true, false)) {
            throw new IllegalStateException("Cannot make " + launcher + " executable");
        }
        log("Launcher: " + launcher + " (packaging/launcher.sh)");
    }

    /** Name, version and icon, the same for the image and the installer. */
    private List<String> identity() {
        String icon = windows() ? "ico" : mac() ? "icns" : "png";
        return List.of("--name", windows() || mac() ? TITLE : NAME, "--app-version", version,
                "--vendor", TITLE, "--description", DESCRIPTION,
                "--icon", project.resolve("packaging/icon/" + NAME + "." + icon).toString());
    }

    private List<String> platformInstallerOptions() {
        if (windows()) {
            // A fixed upgrade code makes a newer .msi replace the older one instead of installing beside it.
            return List.of("--win-menu", "--win-shortcut", "--win-dir-chooser", "--win-per-user-install",
                    "--win-upgrade-uuid", "5d0a3c1e-7b0e-4a53-9d2f-3f6c3f2b8a41");
        }
        if (mac()) {
            return List.of("--mac-package-identifier", "org.nightcramp.guide");
        }
        // The desktop entry with the "Cramp now" and "Before bed" actions replaces jpackage's own.
        return List.of("--linux-package-name", NAME, "--linux-shortcut", "--linux-menu-group", "Education",
                "--linux-app-category", "misc", "--resource-dir", project.resolve("packaging/linux").toString());
    }

    /**
     * Starts the image's own runtime with the launcher's class path and options, as a returning
     * user, until the first page is painted and every other page has been opened once (the app
     * quits by itself then), and has the JVM write the cache from what that run loaded and linked.
     */
    private void train(Path appImage, String cache, List<String> options) throws IOException, InterruptedException {
        // The launcher's settings; the runtime has a jvm.cfg of its own.
        Path cfg = find(appImage, p -> p.getFileName().toString().endsWith(".cfg")
                && !p.getFileName().toString().equals("jvm.cfg"));
        Path appDir = cfg.getParent();
        Path java = find(appImage, p -> p.getFileName().toString().equals(windows() ? "java.exe" : "java")
                && p.getParent().getFileName().toString().equals("bin"));
        List<String> classPath = Files.readAllLines(cfg).stream().filter(l -> l.startsWith("app.classpath="))
                .map(l -> l.substring("app.classpath=".length()).replace("$APPDIR", appDir.toString())).toList();
        Path work = Files.createDirectories(out.resolve("training"));
        Path data = Files.createDirectories(work.resolve("data"));
        Files.writeString(data.resolve("settings.json"), """
                {"schema":1,"locale":"en","theme":"light","textScale":1.0,
                 "window":{"x":-1.0,"y":-1.0,"width":1100.0,"height":760.0,"maximized":false},
                 "disclaimerAcknowledged":true}
                """);
        Path mark = work.resolve("painted.txt");
        List<String> command = new ArrayList<>(List.of(java.toString()));
        command.addAll(options);
        command.add(feature >= 25 ? "-XX:AOTCacheOutput=" + appDir.resolve(cache)
                : "-XX:ArchiveClassesAtExit=" + appDir.resolve(cache));
        command.addAll(List.of("-cp", String.join(File.pathSeparator, classPath), MAIN_CLASS,
                "--data-dir", data.toString()));
        ProcessBuilder training = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("training.log").toFile());
        Map<String, String> env = training.environment();
        env.put("NIGHTCRAMP_STARTUP_MARK", mark.toString());
        // Then it opens every page once, so their first opening is in the cache too.
        env.put("NIGHTCRAMP_PAGE_TIMES", work.resolve("pages.txt").toString());
        env.put("XDG_CONFIG_HOME", work.resolve("config").toString());
        log("Training the cache: " + String.join(" ", command));
        int exit = training.start().waitFor();
        if (exit != 0 || !Files.exists(mark) || !Files.exists(appDir.resolve(cache))) {
            throw new IllegalStateException("The training start failed (exit " + exit + "); it needs a display"
                    + " (on a Linux server: xvfb-run mvn -Pinstaller package). Its output: "
                    + work.resolve("training.log"));
        }
        log("Cache " + appDir.resolve(cache) + ": " + Files.size(appDir.resolve(cache)) / 1024 / 1024 + " MB");
    }

    /**
     * The openjfx jars carry JavaFX's native libraries; jlink keeps them only as resources, which
     * JavaFX would copy to ~/.openjfx/cache at the first start. Beside the runtime's own libraries
     * (lib, or bin on Windows) JavaFX loads them where they are.
     */
    private void extractNatives(List<Path> fx, Path runtime) throws IOException {
        Path dir = runtime.resolve(windows() ? "bin" : "lib");
        for (Path jar : fx) {
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                    String name = entry.getName();
                    if (!name.contains("/") && name.matches(".*\\.(so|dll|dylib)$")) {
                        try (var in = zip.getInputStream(entry)) {
                            Files.copy(in, dir.resolve(name));
                        }
                    }
                }
            }
        }
    }

    /** The first 12 hex digits of a SHA-256 over the jars, in class path order. */
    private static String fingerprint(List<Path> jars) throws IOException, NoSuchAlgorithmException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (Path jar : jars) {
            sha.update(Files.readAllBytes(jar));
        }
        return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
    }

    private static void tool(String name, String... args) {
        log(name + " " + String.join(" ", args));
        ToolProvider tool = ToolProvider.findFirst(name)
                .orElseThrow(() -> new IllegalStateException("This JDK has no " + name));
        int exit = tool.run(System.out, System.err, args);
        if (exit != 0) {
            throw new IllegalStateException(name + " failed with exit code " + exit);
        }
    }

    /** The jars a jar's manifest puts on its class path, in that order, each checked to exist. */
    private static List<Path> classPath(Path jar) throws IOException {
        List<Path> jars = JarManifest.read(jar).classPath();
        if (jars.isEmpty()) {
            throw new IllegalStateException(jar + " names no Class-Path in its manifest: run mvn package first");
        }
        for (Path lib : jars) {
            if (!Files.isRegularFile(lib)) {
                throw new IllegalStateException(jar + " names " + lib + ", which is not there: run mvn package first");
            }
        }
        return jars;
    }

    private static Path copyAll(List<Path> files, Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Path f : files) {
            Files.copy(f, dir.resolve(f.getFileName()));
        }
        return dir;
    }

    private static Path onlyChild(Path dir) throws IOException {
        try (Stream<Path> children = Files.list(dir)) {
            return children.findFirst().orElseThrow(() -> new IllegalStateException("jpackage made nothing in " + dir));
        }
    }

    private static Path find(Path root, java.util.function.Predicate<Path> test) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).filter(test).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Not found under " + root));
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> all = Files.walk(dir)) {
                all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                    try {
                        Files.delete(p);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
    }

    private boolean windows() {
        return os.startsWith("windows");
    }

    private boolean mac() {
        return os.startsWith("mac");
    }

    private static void log(String line) {
        System.out.println("[installer] " + line);
    }
}
