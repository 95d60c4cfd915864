package org.nightcramp.relief.speech;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.nightcramp.relief.system.Programs;

/** macOS {@code say}, with the first installed voice for the language ({@code say -v ?} lists them). */
public final class MacSayEngine implements SpeechEngine {

    private final Programs programs;
    private final Path program;

    public MacSayEngine(Programs programs, Path program) {
        this.programs = programs;
        this.program = program;
    }

    @Override
    public String name() {
        return "say";
    }

    @Override
    public boolean speaks(Locale language) {
        return voice(language).isPresent();
    }

    @Override
    public Utterance say(String words, Locale language) throws IOException {
        Optional<String> voice = voice(language);
        List<String> command = voice.isPresent()
                ? List.of(program.toString(), "-v", voice.get(), words) : List.of(program.toString(), words);
        return new ProcessUtterance(programs.start(command, Map.of()));
    }

    /** Lines read "Ting-Ting   zh_CN    # 你好…"; a name may have spaces, the locale is the last word before #. */
    private Optional<String> voice(Locale language) {
        String wanted = language.getLanguage();
        String country = language.getCountry();
        return programs.output(List.of(program.toString(), "-v", "?"), Map.of()).flatMap(text -> {
            List<String[]> voices = text.lines()
                    .map(line -> line.split("#", 2)[0].trim())
                    .filter(line -> line.matches(".*\\s[a-z]{2,3}[_-][A-Za-z0-9]+$"))
                    .map(line -> new String[] {line.replaceAll("\\s+\\S+$", "").trim(),
                            line.replaceAll("^.*\\s", "").replace('-', '_')})
                    .toList();
            return voices.stream().filter(v -> v[1].equals(wanted + "_" + country)).findFirst()
                    .or(() -> voices.stream().filter(v -> v[1].startsWith(wanted + "_")).findFirst())
                    .map(v -> v[0]);
        });
    }
}
