package org.nightcramp.app;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.nightcramp.storage.BoundedRead;

/** A second launch on a data folder gives its arguments to the app that holds it. */
final class HandOver {

    private static final System.Logger LOG = System.getLogger(HandOver.class.getName());
    private static final int CONNECT_TIMEOUT_MS = 1_000;
    private static final int REPLY_TIMEOUT_MS = 5_000;
    private static final long RETRY_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

    private HandOver() {
    }

    /**
     * Sends {@code args} to the app holding {@code dataDir}, trying for up to {@code patience}
     * while it may still be starting.
     *
     * @return true once it took them; false when nothing answered (a port file left by a killed
     *         app answers nothing) or the answer was a refusal
     */
    static boolean send(Path dataDir, List<String> args, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            Optional<Byte> reply = tryOnce(dataDir, args);
            if (reply.isPresent()) {
                return reply.get() == InstanceLock.ACCEPTED;
            }
            if (System.nanoTime() - deadline >= 0) {
                return false;
            }
            LockSupport.parkNanos(RETRY_NANOS);
        }
    }

    private static Optional<Byte> tryOnce(Path dataDir, List<String> args) {
        String[] portAndToken;
        try {
            portAndToken = new String(BoundedRead.bytes(dataDir.resolve(InstanceLock.PORT_FILE), 200), UTF_8)
                    .strip().split(" ");
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "No port file yet: {0}", e);
            return Optional.empty();
        }
        if (portAndToken.length != 2 || !portAndToken[0].matches("\\d{1,5}")) {
            return Optional.empty();
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}),
                    Integer.parseInt(portAndToken[0])), CONNECT_TIMEOUT_MS);
            socket.setSoTimeout(REPLY_TIMEOUT_MS);
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            out.writeUTF(portAndToken[1]);
            out.writeInt(args.size());
            for (String arg : args) {
                out.writeUTF(arg);
            }
            out.flush();
            return Optional.of(new DataInputStream(socket.getInputStream()).readByte());
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(Level.DEBUG, "The running app did not answer on port {0}: {1}", portAndToken[0], e);
            return Optional.empty();
        }
    }
}
