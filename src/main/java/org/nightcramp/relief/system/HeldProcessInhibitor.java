package org.nightcramp.relief.system;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Map;
import org.nightcramp.relief.ScreenInhibitor;

/**
 * Keeps the screen awake by running a system tool that holds the request for as long as it runs:
 * systemd-inhibit or gnome-session-inhibit on Linux, caffeinate on macOS, PowerShell calling
 * SetThreadExecutionState on Windows. Each is tied to us, so the request ends with the app even
 * when it is killed: the Linux and Windows tools wait on a pipe from us that the system closes,
 * caffeinate watches our process id. A tool that ends early (no session bus, no logind) is logged
 * and the next one is tried.
 */
public final class HeldProcessInhibitor implements ScreenInhibitor {

    private static final System.Logger LOG = System.getLogger(HeldProcessInhibitor.class.getName());

    private final Programs programs;
    private final List<List<String>> commands;
    private int next;
    private boolean wanted;
    private Process held;

    /** @param commands the tools to try, best first, each a full command line */
    public HeldProcessInhibitor(Programs programs, List<List<String>> commands) {
        this.programs = programs;
        this.commands = List.copyOf(commands);
        if (commands.isEmpty()) {
            LOG.log(Level.INFO, "No way to keep the screen awake on this computer; it may blank during a routine");
        }
    }

    @Override
    public synchronized void hold() {
        wanted = true;
        if (held == null) {
            startNext();
        }
    }

    @Override
    public synchronized void release() {
        wanted = false;
        Process process = held;
        held = null;
        if (process != null) {
            try {
                process.getOutputStream().close();
            } catch (IOException e) {
                // The tool has gone already; ending it below is harmless.
            }
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
        }
    }

    /** Whether a tool is holding the screen awake now, for tests and the log. */
    public synchronized boolean holding() {
        return held != null && held.isAlive();
    }

    private void startNext() {
        while (next < commands.size()) {
            List<String> command = commands.get(next);
            try {
                Process process = programs.start(command, Map.of());
                held = process;
                process.onExit().thenAccept(this::ended);
                LOG.log(Level.DEBUG, "Keeping the screen awake with " + command.get(0));
                return;
            } catch (IOException e) {
                LOG.log(Level.INFO, "Cannot keep the screen awake with " + command.get(0) + ": " + e);
                next++;
            }
        }
    }

    private synchronized void ended(Process process) {
        if (process != held) {
            return;
        }
        held = null;
        if (wanted) {
            LOG.log(Level.INFO, commands.get(next).get(0) + " ended at once (exit " + process.exitValue()
                    + "); it cannot keep the screen awake here");
            next++;
            startNext();
        }
    }
}
