package org.nightcramp.relief.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongSupplier;

/** Records what it was asked to say, in which language and when; its words last until cut or ended. */
public final class FakeSpeechEngine implements SpeechEngine {

    /** One thing said. */
    public record Said(String words, String language, long at) {
    }

    public final List<Said> said = new ArrayList<>();
    public final List<String> cut = new ArrayList<>();
    private final Set<String> languages;
    private final LongSupplier clock;
    private FakeUtterance current;

    /** @param languages the language codes it has voices for, such as "en" */
    public FakeSpeechEngine(Set<String> languages, LongSupplier clock) {
        this.languages = languages;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "fake";
    }

    @Override
    public boolean speaks(Locale language) {
        return languages.contains(language.getLanguage());
    }

    @Override
    public Utterance say(String words, Locale language) {
        said.add(new Said(words, language.toLanguageTag(), clock.getAsLong()));
        current = new FakeUtterance(words);
        return current;
    }

    /** The words being spoken come to their natural end. */
    public void finishSpeaking() {
        if (current != null) {
            current.speaking = false;
        }
    }

    public List<String> words() {
        return said.stream().map(Said::words).toList();
    }

    private final class FakeUtterance implements Utterance {
        private final String words;
        private boolean speaking = true;

        FakeUtterance(String words) {
            this.words = words;
        }

        @Override
        public boolean speaking() {
            return speaking;
        }

        @Override
        public void cutShort() {
            if (speaking) {
                speaking = false;
                cut.add(words);
            }
        }
    }
}
