package org.nightcramp.relief.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.nightcramp.relief.ScreenInhibitor;

/** The way to keep the screen awake on this computer's system. */
public final class ScreenInhibitors {

    static final String WHO = "Night Cramp Guide";
    static final String WHY = "A relief routine is running";
    /** Windows: ES_CONTINUOUS | ES_DISPLAY_REQUIRED, held by this thread until it ends with stdin. */
    static final String WINDOWS_SCRIPT = "$k = Add-Type -Name Power -Namespace NightCramp -PassThru -MemberDefinition "
            + "'[DllImport(\"kernel32.dll\")] public static extern uint SetThreadExecutionState(uint f);'; "
            + "[void]$k::SetThreadExecutionState([uint32]2147483650); [void][Console]::In.ReadToEnd()";

    private ScreenInhibitors() {
    }

    /** The tools to try on {@code osName}, found through {@code programs}; {@code pid} is ours. */
    public static List<List<String>> commands(String osName, Programs programs, long pid) {
        String os = osName.toLowerCase(Locale.ROOT);
        List<List<String>> commands = new ArrayList<>();
        if (os.startsWith("windows")) {
            programs.find("powershell").ifPresent(p -> commands.add(
                    List.of(p.toString(), "-NoProfile", "-NonInteractive", "-Command", WINDOWS_SCRIPT)));
        } else if (os.startsWith("mac")) {
            programs.find("caffeinate").ifPresent(p -> commands.add(
                    List.of(p.toString(), "-d", "-w", Long.toString(pid))));
        } else {
            // Both run a command that waits on our pipe, so they end with us. GNOME ignores
            // logind's idle lock, hence its own tool first; KDE and others honour systemd-inhibit.
            Optional<String> cat = programs.find("cat").map(Object::toString);
            cat.flatMap(c -> programs.find("gnome-session-inhibit").map(p -> List.of(p.toString(),
                    "--inhibit", "idle", "--reason", WHY, c))).ifPresent(commands::add);
            cat.flatMap(c -> programs.find("systemd-inhibit").map(p -> List.of(p.toString(),
                    "--what=idle", "--who=" + WHO, "--why=" + WHY, "--mode=block", c))).ifPresent(commands::add);
        }
        return commands;
    }

    /** This computer's way, released also by a shutdown hook on a normal exit. */
    public static ScreenInhibitor forThisComputer() {
        HeldProcessInhibitor inhibitor = new HeldProcessInhibitor(Programs.system(),
                commands(System.getProperty("os.name", ""), Programs.system(), ProcessHandle.current().pid()));
        Runtime.getRuntime().addShutdownHook(new Thread(inhibitor::release, "screen-release"));
        return inhibitor;
    }
}
