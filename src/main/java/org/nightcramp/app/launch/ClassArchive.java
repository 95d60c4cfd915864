package org.nightcramp.app.launch;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The class archive a {@code java -jar} start keeps in the user's cache folder: Java's dynamic
 * class-data-sharing archive of the classes the app loaded in its first window session, so later
 * starts map them ready-made instead of reading and checking thousands of classes from the jars.
 * Not Java 25's ahead-of-time cache, which the installer uses: making one prints its progress on
 * the console whatever the log settings (tried with 25.0.3), and a first start must stay as quiet
 * as any other.
 *
 * <p>Its name carries a fingerprint of the Java that made it and of every jar on the class path
 * (path, size, time): Java checks the jars' sizes and times itself, but a mismatch would silently
 * cost every later start its archive, as nothing would ever write a new one; so a rebuilt or
 * updated jar must never find the old one under its name. The first start writes to a name of its
 * own, and the archive takes its real name only when that start opened the window
 * ({@link #keep}); an archive from a start that only handed over to a running app would hold too
 * few classes to be worth keeping.
 */
final class ClassArchive {

    /** An unfinished archive this old belongs to no start still running. */
    private static final Duration ABANDONED = Duration.ofDays(1);

    private final Path folder;
    /** {@code jar-<this Java's fingerprint>-}: what every archive this Java made is named from. */
    private final String ownPrefix;
    private final String name;

    private ClassArchive(Path folder, String ownPrefix, String jarsFingerprint) {
        this.folder = folder;
        this.ownPrefix = ownPrefix;
        this.name = Strings.concat(ownPrefix, jarsFingerprint, ".jsa");
    }

    /** The archive for this Java ({@code javaHome}, {@code vmVersion}) and these jars, in {@code folder}. */
    static ClassArchive in(Path folder, Path javaHome, String vmVersion, List<Path> jars) throws IOException {
        String runtime = crc(Strings.concat(javaHome.toAbsolutePath(), "|", vmVersion));
        StringBuilder stamp = new StringBuilder();
        for (Path jar : jars) {
            stamp.append(jar.toAbsolutePath()).append('|').append(Files.size(jar)).append('|')
                    .append(Files.getLastModifiedTime(jar).toMillis()).append('\n');
        }
        return new ClassArchive(folder, Strings.concat("jar-", runtime, "-"), crc(stamp.toString()));
    }

    private static String crc(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        String hex = Long.toHexString(crc.getValue());
        return "00000000".substring(hex.length()).concat(hex);
    }

    /** Where the finished archive lives. */
    Path file() {
        return folder.resolve(name);
    }

    boolean exists() {
        return Files.isRegularFile(file());
    }

    /** The options that start Java with the finished archive. */
    List<String> useOptions() {
        return List.of(Strings.concat("-XX:SharedArchiveFile=", file()));
    }

    /** The options that make Java write the archive to {@code pending} when it exits. */
    List<String> writeOptions(Path pending) {
        return List.of(Strings.concat("-XX:ArchiveClassesAtExit=", pending));
    }

    /** A name of its own for a first start's archive, beside where it will go. */
    Path pending(long pid) throws IOException {
        Files.createDirectories(folder);
        return folder.resolve(Strings.concat(name, ".", pid, ".part"));
    }

    /**
     * Gives a first start's archive its real name, then removes what this Java made for other jars
     * (an earlier version of the app) and unfinished archives abandoned long ago.
     */
    void keep(Path pending) throws IOException {
        if (!Files.isRegularFile(pending)) {
            return;
        }
        Files.move(pending, file(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Instant abandoned = Instant.now().minus(ABANDONED);
        try (DirectoryStream<Path> all = Files.newDirectoryStream(folder, "jar-*")) {
            for (Path other : all) {
                String n = other.getFileName().toString();
                boolean unfinished = n.contains(".part");
                boolean oldJars = n.startsWith(ownPrefix) && !unfinished && !n.equals(name);
                boolean stale = unfinished && Files.getLastModifiedTime(other).compareTo(FileTime.from(abandoned)) < 0;
                if (oldJars || stale) {
                    Files.deleteIfExists(other);
                }
            }
        }
    }

    /** Removes what a first start leaves: an archive not kept, the window's ready mark. */
    static void discard(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            System.getLogger(ClassArchive.class.getName()).log(Level.DEBUG, Strings.concat("Cannot remove ", file), e);
        }
    }
}
