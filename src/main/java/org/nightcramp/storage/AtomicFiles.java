package org.nightcramp.storage;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.util.function.UnaryOperator;

/** Replaces a file so that a crash or full disk leaves either the old or the new content, never half. */
public final class AtomicFiles {

    /** Suffix of the copy of the previous content kept beside the target. */
    public static final String BACKUP_SUFFIX = ".bak";
    private static final String TEMP_MARKER = ".tmp-";
    /**
     * A temp file this old is an orphan of a crashed save; a younger one may be another instance's
     * save in flight (a save takes milliseconds), and deleting it would lose that save.
     */
    public static final Duration ORPHAN_AGE = Duration.ofMinutes(10);
    /** The previous content is kept as a backup only up to this size: no data file is near it. */
    static final long MAX_BACKUP_BYTES = 16L << 20;
    private static final System.Logger LOG = System.getLogger(AtomicFiles.class.getName());

    private final UnaryOperator<OutputStream> streamWrapper;
    private final Clock clock;

    public AtomicFiles() {
        this(UnaryOperator.identity(), Clock.systemUTC());
    }

    /** Lets a test wrap the stream that writes new content, for example to fail halfway. */
    AtomicFiles(UnaryOperator<OutputStream> streamWrapper) {
        this(streamWrapper, Clock.systemUTC());
    }

    /** @param clock tells how old a left-over temp file is */
    AtomicFiles(UnaryOperator<OutputStream> streamWrapper, Clock clock) {
        this.streamWrapper = streamWrapper;
        this.clock = clock;
    }

    /** Where the previous content of {@code target} is kept. */
    public static Path backupOf(Path target) {
        return target.resolveSibling(target.getFileName() + BACKUP_SUFFIX);
    }

    /**
     * Writes {@code data} to {@code target}, creating its folder if needed and keeping the previous
     * content as {@code <name>.bak}. On failure the target and its backup are unchanged.
     */
    public void write(Path target, byte[] data) throws IOException {
        Path file = target.toAbsolutePath();
        Files.createDirectories(file.getParent());
        removeOrphans(file);
        Path temp = writeTemp(file, data, streamWrapper);
        try {
            if (Files.isRegularFile(file)) {
                // Copy rather than rename, so that the target exists at every moment: a crash
                // between two renames would leave only the backup, which a load never reads.
                keepBackup(file);
            }
            moveIntoPlace(temp, file);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp, e);
            throw e;
        }
        syncFolder(file.getParent());
    }

    /**
     * Writes {@code data} to {@code target} through a synced temp file and a rename, without a
     * backup: for a document the person saves where they like, such as the advice sheet's PDF.
     * On failure the target is unchanged and no temp file is left.
     */
    public void writeWithoutBackup(Path target, byte[] data) throws IOException {
        Path file = target.toAbsolutePath();
        removeOrphans(file);
        Path temp = writeTemp(file, data, streamWrapper);
        try {
            moveIntoPlace(temp, file);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp, e);
            throw e;
        }
        syncFolder(file.getParent());
    }

    /** Copies the current content to the backup; content too large to be data is not copied. */
    private static void keepBackup(Path file) throws IOException {
        byte[] current;
        try {
            current = BoundedRead.bytes(file, MAX_BACKUP_BYTES);
        } catch (RefusedFile e) {
            LOG.log(Level.WARNING, "Not keeping a backup of {0}: {1}", file, e.getMessage());
            return;
        }
        replace(backupOf(file), current);
    }

    /** Replaces {@code target} via a temp file, without a backup of its own. */
    private static void replace(Path target, byte[] data) throws IOException {
        Path temp = writeTemp(target, data, UnaryOperator.identity());
        try {
            moveIntoPlace(temp, target);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp, e);
            throw e;
        }
    }

    /** Writes and syncs a temp file beside {@code file}. */
    private static Path writeTemp(Path file, byte[] data, UnaryOperator<OutputStream> wrapper)
            throws IOException {
        Path temp = Files.createTempFile(file.getParent(), tempPrefix(file), "");
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            OutputStream out = wrapper.apply(Channels.newOutputStream(channel));
            out.write(data);
            out.flush();
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp, e);
            throw e;
        }
        return temp;
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            LOG.log(Level.WARNING, "Atomic rename not supported for {0}; replacing it non-atomically",
                    target);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String tempPrefix(Path file) {
        return "." + file.getFileName() + TEMP_MARKER;
    }

    /**
     * Removes this target's temp files older than {@link #ORPHAN_AGE}: the saves that made them
     * crashed before their rename. Younger ones are left, as they may be in use.
     */
    private void removeOrphans(Path file) throws IOException {
        String prefix = tempPrefix(file);
        FileTime cutoff = FileTime.from(clock.instant().minus(ORPHAN_AGE));
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(file.getParent(),
                p -> p.getFileName().toString().startsWith(prefix))) {
            for (Path p : temps) {
                if (isOlder(p, cutoff)) {
                    LOG.log(Level.INFO, "Removing {0}, left by an interrupted save", p);
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static boolean isOlder(Path temp, FileTime cutoff) {
        try {
            return Files.getLastModifiedTime(temp).compareTo(cutoff) < 0;
        } catch (IOException e) {
            // Gone meanwhile: its save finished or another clean-up took it.
            return false;
        }
    }

    /** Makes the rename itself durable on Linux; other systems refuse to open a folder, which is fine. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "Could not sync folder {0}: {1}", folder, e);
        }
    }

    private static void deleteQuietly(Path temp, Exception cause) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }
}
