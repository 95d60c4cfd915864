package org.nightcramp.relief.speech;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.nightcramp.relief.system.Programs;

/**
 * Speech Dispatcher's {@code spd-say} on Linux desktops: the voice the person chose for the
 * desktop. Each line is sent at the "text" priority, which a newer line cancels, and waited for
 * ({@code -w}) so the program lives exactly as long as the words.
 */
public final class SpdSayEngine implements SpeechEngine {

    private final Programs programs;
    private final Path program;

    public SpdSayEngine(Programs programs, Path program) {
        this.programs = programs;
        this.program = program;
    }

    @Override
    public String name() {
        return "spd-say";
    }

    @Override
    public boolean speaks(Locale language) {
        return code(language).isPresent();
    }

    @Override
    public Utterance say(String words, Locale language) throws IOException {
        String code = code(language).orElse(language.getLanguage());
        return new ProcessUtterance(programs.start(
                List.of(program.toString(), "-w", "-P", "text", "-l", code, "-r", "-20", words), Map.of()));
    }

    /** The language code of the first listed voice for the language; Mandarin voices list as cmn. */
    private Optional<String> code(Locale language) {
        List<String> wanted = language.getLanguage().equals("zh") ? List.of("zh", "cmn") : List.of(language.getLanguage());
        return programs.output(List.of(program.toString(), "-L"), Map.of()).flatMap(text -> text.lines()
                .skip(1)
                .map(String::trim)
                .map(line -> line.split("\\s+"))
                .filter(cols -> cols.length >= 3)
                .map(cols -> cols[cols.length - 2])
                .filter(code -> wanted.contains(code.toLowerCase(Locale.ROOT).split("-")[0]))
                .findFirst());
    }
}
