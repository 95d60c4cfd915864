package org.nightcramp.relief.speech;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nightcramp.relief.system.Programs;

/** espeak-ng on Linux (and anywhere it is installed): many languages, Mandarin among them. */
public final class EspeakEngine implements SpeechEngine {

    /** A little slower than espeak's 175 words a minute: said to someone half awake. */
    static final String RATE = "150";

    private final Programs programs;
    private final Path program;

    public EspeakEngine(Programs programs, Path program) {
        this.programs = programs;
        this.program = program;
    }

    @Override
    public String name() {
        return "espeak-ng";
    }

    /** espeak-ng's voice for a language: Mandarin for Chinese, Cantonese for Hong Kong. */
    static String voice(Locale language) {
        if (language.getLanguage().equals("zh")) {
            return "HK".equals(language.getCountry()) || "MO".equals(language.getCountry()) ? "yue" : "cmn";
        }
        String country = language.getCountry();
        return country.isEmpty() ? language.getLanguage() : language.getLanguage() + "-" + country.toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean speaks(Locale language) {
        // Lists the voices for the language under a header line; none means no voice.
        return programs.output(List.of(program.toString(), "--voices=" + voice(language)), Map.of())
                .map(text -> text.lines().filter(l -> !l.isBlank()).count() > 1)
                .orElse(false);
    }

    @Override
    public Utterance say(String words, Locale language) throws IOException {
        return new ProcessUtterance(programs.start(command(words, language), Map.of()));
    }

    List<String> command(String words, Locale language) {
        return List.of(program.toString(), "-v", voice(language), "-s", RATE, words);
    }

    /** The same words written to a WAV file instead of the speakers: for checking a voice works. */
    public List<String> commandToFile(String words, Locale language, Path wav) {
        return List.of(program.toString(), "-v", voice(language), "-s", RATE, "-w", wav.toString(), words);
    }
}
