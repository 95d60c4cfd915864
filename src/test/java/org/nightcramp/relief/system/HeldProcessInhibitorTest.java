package org.nightcramp.relief.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** Keeping the screen awake through the system's tools, each played by a stand-in. */
@DisabledOnOs(OS.WINDOWS)
class HeldProcessInhibitorTest {

    @TempDir
    Path dir;

    /** A stand-in that holds while the command it was given (cat on our pipe) runs, noting its process id. */
    private static final String HOLDS = "last=\"\"; for a in \"$@\"; do last=\"$a\"; done; "
            + "exec 3<&0; \"$last\" <&3 & echo $! >> \"$(dirname \"$0\")/held\"; wait $!";

    private StandIns standIns() {
        StandIns s = new StandIns(dir);
        s.add("cat", "exec /bin/cat");
        return s;
    }

    private void await(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }

    /** How many of the commands the stand-ins held have ended. */
    private long released() throws Exception {
        Path file = dir.resolve("held");
        List<String> pids = Files.exists(file) ? Files.readAllLines(file) : List.of();
        return pids.stream().filter(pid -> ProcessHandle.of(Long.parseLong(pid.trim())).map(p -> !p.isAlive())
                .orElse(true)).count();
    }

    private long heldCount() throws Exception {
        Path file = dir.resolve("held");
        return Files.exists(file) ? Files.readAllLines(file).size() : 0;
    }

    @Test
    void linuxTriesGnomeThenSystemdEachRunningCatOnOurPipe() {
        StandIns s = standIns();
        s.add("gnome-session-inhibit", "exit 0");
        s.add("systemd-inhibit", "exit 0");
        List<List<String>> commands = ScreenInhibitors.commands("Linux", s.programs(), 4242);

        String cat = dir.resolve("cat").toString();
        assertEquals(List.of(
                List.of(dir.resolve("gnome-session-inhibit").toString(), "--inhibit", "idle", "--reason",
                        ScreenInhibitors.WHY, cat),
                List.of(dir.resolve("systemd-inhibit").toString(), "--what=idle", "--who=" + ScreenInhibitors.WHO,
                        "--why=" + ScreenInhibitors.WHY, "--mode=block", cat)), commands);
    }

    @Test
    void macWatchesOurProcessIdAndWindowsHoldsTheDisplayFromPowerShell() {
        StandIns s = standIns();
        s.add("caffeinate", "exit 0");
        s.add("powershell", "exit 0");

        assertEquals(List.of(List.of(dir.resolve("caffeinate").toString(), "-d", "-w", "4242")),
                ScreenInhibitors.commands("Mac OS X", s.programs(), 4242));
        List<String> windows = ScreenInhibitors.commands("Windows 10", s.programs(), 4242).get(0);
        assertTrue(windows.get(4).contains("SetThreadExecutionState([uint32]2147483650)"), windows::toString);
        assertTrue(windows.get(4).endsWith("[Console]::In.ReadToEnd()"), "ends when our pipe closes");
    }

    @Test
    void holdsUntilReleasedAndOnlyOnceWhileHeld() throws Exception {
        StandIns s = standIns();
        s.add("systemd-inhibit", HOLDS);
        HeldProcessInhibitor inhibitor = new HeldProcessInhibitor(s.programs(),
                ScreenInhibitors.commands("Linux", s.programs(), ProcessHandle.current().pid()));

        inhibitor.hold();
        inhibitor.hold();
        s.awaitCalls("systemd-inhibit", 1);
        await(() -> heldCount() == 1);
        assertTrue(inhibitor.holding());
        assertEquals(0, released());
        inhibitor.release();
        await(() -> released() == 1);
        assertFalse(inhibitor.holding());
        assertEquals(1, s.calls("systemd-inhibit").size(), "a second hold while held starts nothing");

        inhibitor.hold();
        s.awaitCalls("systemd-inhibit", 2);
        await(() -> heldCount() == 2);
        inhibitor.release();
        await(() -> released() == 2);
    }

    @Test
    void aToolThatEndsAtOnceIsLoggedAndTheNextIsTried() throws Exception {
        StandIns s = standIns();
        s.add("gnome-session-inhibit", "echo 'Failed to connect to the session bus' >&2; exit 1");
        s.add("systemd-inhibit", HOLDS);
        HeldProcessInhibitor inhibitor = new HeldProcessInhibitor(s.programs(),
                ScreenInhibitors.commands("Linux", s.programs(), 1));

        inhibitor.hold();
        s.awaitCalls("systemd-inhibit", 1);
        await(inhibitor::holding);
        assertEquals(1, s.calls("gnome-session-inhibit").size());
        await(() -> heldCount() == 1);
        inhibitor.release();
        await(() -> released() == 1);
    }

    @Test
    void theHoldEndsWhenOurPipeClosesAsWhenTheAppIsKilled() throws Exception {
        StandIns s = standIns();
        s.add("systemd-inhibit", HOLDS);
        Process held = s.programs().start(ScreenInhibitors.commands("Linux", s.programs(), 1).get(0), java.util.Map.of());

        await(() -> heldCount() == 1);
        held.getOutputStream().close();
        assertTrue(held.waitFor(10, TimeUnit.SECONDS), "the tool outlived our pipe");
        await(() -> released() == 1);
    }

    @Test
    void withNoToolNothingHappensAndNothingFails() {
        HeldProcessInhibitor inhibitor = new HeldProcessInhibitor(new Programs(List.of(dir)), List.of());
        inhibitor.hold();
        inhibitor.release();
        assertFalse(inhibitor.holding());
    }
}
