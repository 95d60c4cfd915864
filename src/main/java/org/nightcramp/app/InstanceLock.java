package org.nightcramp.app;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.DataInputStream;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.nightcramp.storage.AtomicFiles;

/**
 * This app's hold on its data folder: an OS file lock, which goes with the process however it
 * ends, and a socket on 127.0.0.1 where later launches hand over their arguments. The port and a
 * random token are in a file only this user can read, so no other user or program can drive it.
 */
final class InstanceLock implements AutoCloseable {

    static final String LOCK_FILE = "instance.lock";
    static final String PORT_FILE = "instance.port";
    /** More arguments than any launch has; a stranger's connection is refused beyond it. */
    static final int MAX_ARGUMENTS = 64;
    static final byte ACCEPTED = 1;
    static final byte REFUSED = 0;

    private static final System.Logger LOG = System.getLogger(InstanceLock.class.getName());
    private static final int READ_TIMEOUT_MS = 2_000;

    private final FileChannel channel;
    private final FileLock lock;
    private final Path dataDir;
    private final CountDownLatch opened = new CountDownLatch(1);
    private final List<List<String>> early = new ArrayList<>();
    private Consumer<List<String>> listener;
    /** Set on the acceptor's thread once the socket is open; null before, and for good once closed. */
    private ServerSocket server;
    private boolean closed;
    /** Made, and only ever read, on the acceptor's thread. */
    private byte[] token;

    private InstanceLock(FileChannel channel, FileLock lock, Path dataDir) {
        this.channel = channel;
        this.lock = lock;
        this.dataDir = dataDir;
    }

    /**
     * Takes the folder for this process, or empty when a running app holds it. A lock file left by
     * a killed app holds nothing: its lock went with it, and its port file is removed. The socket
     * opens on a thread of its own: its random token sets up Java's security providers, some 40 ms
     * the window need not wait for (a later launch waits for the new port file in the meantime).
     */
    static Optional<InstanceLock> claim(Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        FileChannel channel = FileChannel.open(dataDir.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by this very process, as in tests that start two windows
        }
        if (lock == null) {
            channel.close();
            return Optional.empty();
        }
        // A port file left by an app that has gone would only send a later launch to a dead port
        // until the new one is written; one that cannot go now (Windows, while a later launch
        // reads it) is written over then, so this lock holds either way.
        try {
            Files.deleteIfExists(dataDir.resolve(PORT_FILE));
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "Cannot remove the old port file: {0}", e);
        }
        InstanceLock held = new InstanceLock(channel, lock, dataDir);
        Thread acceptor = new Thread(held::openAndServe, "night-cramp-guide-instance");
        acceptor.setDaemon(true);
        acceptor.start();
        return Optional.of(held);
    }

    /**
     * Where later launches' arguments go, on the socket's thread; those that came while the window
     * was still starting are passed at once.
     */
    synchronized void onArguments(Consumer<List<String>> newListener) {
        listener = newListener;
        early.forEach(newListener);
        early.clear();
    }

    /** Waits until later launches can hand over (or the socket could not open). For tests. */
    boolean awaitOpen(Duration patience) throws InterruptedException {
        return opened.await(patience.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void openAndServe() {
        Optional<ServerSocket> socket;
        try {
            socket = open();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Later launches cannot hand over to this app: {0}", e);
            return;
        } finally {
            opened.countDown();
        }
        socket.ifPresent(this::serve);
    }

    /**
     * The socket, and the port file that lets later launches reach it: written only while this
     * lock is held, so a lock closed meanwhile never leaves a port file behind it (nor a socket).
     */
    private Optional<ServerSocket> open() throws IOException {
        ServerSocket socket = new ServerSocket(0, 8, InetAddress.getByAddress(new byte[] {127, 0, 0, 1}));
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        String hex = HexFormat.of().formatHex(secret);
        token = hex.getBytes(UTF_8);
        synchronized (this) {
            if (closed) {
                socket.close();
                return Optional.empty();
            }
            server = socket;
            // AtomicFiles writes through a temp file, which Java creates readable by this user only.
            new AtomicFiles().writeWithoutBackup(dataDir.resolve(PORT_FILE),
                    (socket.getLocalPort() + " " + hex + "\n").getBytes(UTF_8));
        }
        return Optional.of(socket);
    }

    private void serve(ServerSocket server) {
        while (!server.isClosed()) {
            try (Socket client = server.accept()) {
                client.setSoTimeout(READ_TIMEOUT_MS);
                Optional<List<String>> args = receive(client);
                if (args.isPresent()) {
                    // Taken before the reply, so the second launch exits only once the window has them.
                    client.getOutputStream().write(deliver(args.get()) ? ACCEPTED : REFUSED);
                }
            } catch (IOException e) {
                if (!server.isClosed()) {
                    LOG.log(Level.DEBUG, "A hand-over failed: {0}", e);
                }
            }
        }
    }

    private Optional<List<String>> receive(Socket client) throws IOException {
        DataInputStream in = new DataInputStream(client.getInputStream());
        boolean known = MessageDigest.isEqual(token, in.readUTF().getBytes(UTF_8));
        int count = in.readInt();
        List<String> args = new ArrayList<>();
        // Read to the end either way, so a refusal arrives as a reply rather than a reset connection.
        for (int i = 0; i < count && i < MAX_ARGUMENTS; i++) {
            args.add(in.readUTF());
        }
        if (!known || count < 0 || count > MAX_ARGUMENTS) {
            LOG.log(Level.WARNING, "Refused a hand-over without this folder''s token");
            client.getOutputStream().write(REFUSED);
            return Optional.empty();
        }
        return Optional.of(List.copyOf(args));
    }

    /**
     * Passes a later launch's arguments on; false once this lock is closed. Closing the socket does
     * not stop an {@code accept} already waiting on it at once: a launch that connects in that moment
     * would be told its arguments were taken by a window that has gone, and open nothing.
     */
    private synchronized boolean deliver(List<String> args) {
        if (closed) {
            LOG.log(Level.DEBUG, "A hand-over came as the app closed; the launch opens a window itself");
            return false;
        }
        if (listener == null) {
            early.add(args);
        } else {
            listener.accept(args);
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        synchronized (this) {
            closed = true;
            if (server != null) {
                server.close();
            }
        }
        lock.release();
        channel.close();
    }
}
