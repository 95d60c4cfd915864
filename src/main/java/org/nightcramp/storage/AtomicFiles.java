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
import java.util.function.UnaryOperator;

/** Replaces a file so that a crash or full disk leaves either the old or the new content, never half. */
public final class AtomicFiles {

    /** Suffix of the copy of the previous content kept beside the target. */
    public static final String BACKUP_SUFFIX = ".bak";
    private static final String TEMP_MARKER = ".tmp-";
    private static final System.Logger LOG = System.getLogger(AtomicFiles.class.getName());

    private final UnaryOperator<OutputStream> streamWrapper;

    public AtomicFiles() {
        this(UnaryOperator.identity());
    }

    /** Lets a test wrap the stream that writes new content, for example to fail halfway. */
    AtomicFiles(UnaryOperator<OutputStream> streamWrapper) {
        this.streamWrapper = streamWrapper;
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
        Path temp = writeTemp(file, data, streamWrapper);
        try {
            if (Files.exists(file)) {
                // Copy rather than rename, so that the target exists at every moment: a crash
                // between two renames would leave only the backup, which a load never reads.
                replace(backupOf(file), Files.readAllBytes(file));
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
        Path temp = writeTemp(file, data, streamWrapper);
        try {
            moveIntoPlace(temp, file);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp, e);
            throw e;
        }
        syncFolder(file.getParent());
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

    /** Writes and syncs a temp file beside {@code file}, first removing ones a crash left behind. */
    private static Path writeTemp(Path file, byte[] data, UnaryOperator<OutputStream> wrapper)
            throws IOException {
        String prefix = "." + file.getFileName() + TEMP_MARKER;
        removeStaleTemps(file.getParent(), prefix);
        Path temp = Files.createTempFile(file.getParent(), prefix, "");
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

    /** Removes temp files of this target only; the write that made them crashed before its rename. */
    private static void removeStaleTemps(Path folder, String prefix) throws IOException {
        try (DirectoryStream<Path> stale = Files.newDirectoryStream(folder,
                p -> p.getFileName().toString().startsWith(prefix))) {
            for (Path p : stale) {
                LOG.log(Level.INFO, "Removing {0}, left by an interrupted save", p);
                Files.deleteIfExists(p);
            }
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
