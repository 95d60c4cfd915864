package org.nightcramp.relief.speech;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.nightcramp.relief.system.Programs;

/** The speech programs this computer has, best first, for its operating system. */
public final class SpeechEngines {

    private SpeechEngines() {
    }

    /**
     * @param osName   {@code os.name}, such as "Linux", "Mac OS X" or "Windows 11"
     * @param programs where to look for the programs
     */
    public static List<SpeechEngine> available(String osName, Programs programs) {
        String os = osName.toLowerCase(Locale.ROOT);
        List<SpeechEngine> engines = new ArrayList<>();
        if (os.startsWith("windows")) {
            programs.find("powershell").or(SpeechEngines::windowsPowerShell)
                    .ifPresent(p -> engines.add(new WindowsSpeechEngine(programs, p)));
        } else if (os.startsWith("mac")) {
            programs.find("say").ifPresent(p -> engines.add(new MacSayEngine(programs, p)));
        } else {
            // espeak-ng first: ending its program ends its words, so a cue cut short is silent at once.
            programs.find("espeak-ng").ifPresent(p -> engines.add(new EspeakEngine(programs, p)));
            programs.find("spd-say").ifPresent(p -> engines.add(new SpdSayEngine(programs, p)));
        }
        return engines;
    }

    /** Where Windows keeps PowerShell when PATH was trimmed. */
    private static Optional<Path> windowsPowerShell() {
        String root = System.getenv("SystemRoot");
        if (root == null) {
            return Optional.empty();
        }
        Path exe = Path.of(root, "System32", "WindowsPowerShell", "v1.0", "powershell.exe");
        return java.nio.file.Files.isExecutable(exe) ? Optional.of(exe) : Optional.empty();
    }
}
