package org.nightcramp.relief.speech;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nightcramp.relief.system.Programs;

/**
 * Windows' built-in speech (System.Speech) through PowerShell, which every Windows has. The
 * words and the language travel in environment variables, never inside the script, so no text
 * can change what the script does.
 */
public final class WindowsSpeechEngine implements SpeechEngine {

    static final String WORDS = "NIGHTCRAMP_WORDS";
    static final String CULTURE = "NIGHTCRAMP_CULTURE";
    private static final String LOAD = "Add-Type -AssemblyName System.Speech; "
            + "$s = New-Object System.Speech.Synthesis.SpeechSynthesizer; ";
    static final String LIST = LOAD + "$s.GetInstalledVoices() | Where-Object { $_.Enabled } | "
            + "ForEach-Object { $_.VoiceInfo.Culture.Name }";
    static final String SPEAK = LOAD + "$v = $s.GetInstalledVoices() | Where-Object { $_.Enabled -and "
            + "$_.VoiceInfo.Culture.Name -like ($env:" + CULTURE + " + '*') } | Select-Object -First 1; "
            + "if ($v) { $s.SelectVoice($v.VoiceInfo.Name) }; $s.Rate = -1; $s.Speak($env:" + WORDS + ")";

    private final Programs programs;
    private final Path program;

    public WindowsSpeechEngine(Programs programs, Path program) {
        this.programs = programs;
        this.program = program;
    }

    @Override
    public String name() {
        return "Windows speech";
    }

    @Override
    public boolean speaks(Locale language) {
        String wanted = language.getLanguage() + "-";
        return programs.output(command(LIST), Map.of())
                .map(text -> text.lines().map(String::trim).anyMatch(c -> c.startsWith(wanted)))
                .orElse(false);
    }

    @Override
    public Utterance say(String words, Locale language) throws IOException {
        return new ProcessUtterance(programs.start(command(SPEAK),
                Map.of(WORDS, words, CULTURE, language.getLanguage() + "-")));
    }

    private List<String> command(String script) {
        return List.of(program.toString(), "-NoProfile", "-NonInteractive", "-Command", script);
    }
}
