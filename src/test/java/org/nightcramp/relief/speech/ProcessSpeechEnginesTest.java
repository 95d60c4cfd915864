package org.nightcramp.relief.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.nightcramp.relief.system.StandIns;
import org.testfx.util.WaitForAsyncUtils;

/** The speech programs, each played by a stand-in that logs how it was called. */
@DisabledOnOs(OS.WINDOWS)
class ProcessSpeechEnginesTest {

    private static final Locale ZH = Locale.forLanguageTag("zh-CN");

    @TempDir
    Path dir;

    private StandIns standIns() {
        return new StandIns(dir);
    }

    private static void awaitEnd(Utterance words) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !words.speaking());
    }

    @Test
    void espeakSpeaksMandarinForChineseAndIsCutShortByEndingIt() throws Exception {
        StandIns s = standIns();
        s.add("espeak-ng", """
                case "$1" in
                  --voices=cmn) printf 'Pty Language Age/Gender VoiceName File Other Languages\\n 5 cmn --/M Chinese sit/cmn\\n' ;;
                  --voices=*) printf 'Pty Language Age/Gender VoiceName File Other Languages\\n' ;;
                  *) exec sleep 30 ;;
                esac""");
        List<SpeechEngine> engines = SpeechEngines.available("Linux", s.programs());
        SpeechEngine espeak = engines.get(0);

        assertEquals("espeak-ng", espeak.name());
        assertTrue(espeak.speaks(ZH));
        assertFalse(espeak.speaks(Locale.FRENCH));
        Utterance words = espeak.say("换右腿。", ZH);
        assertTrue(words.speaking());
        // Cut only once the stand-in has logged its words, or a busy machine could kill it first.
        s.awaitCalls("espeak-ng", 3);
        words.cutShort();
        awaitEnd(words);
        assertEquals(List.of("--voices=cmn|", "--voices=fr|", "-v|cmn|-s|150|换右腿。|"), s.calls("espeak-ng"));
    }

    @Test
    void spdSayUsesTheListedLanguageCodeAndWaitsForItsWords() throws Exception {
        StandIns s = standIns();
        s.add("spd-say", """
                case "$1" in
                  -L) printf '   NAME   LANGUAGE   VARIANT\\n  English (America)  en-US  none\\n  Chinese (Mandarin) cmn none\\n' ;;
                  *) exit 0 ;;
                esac""");
        SpeechEngine spd = SpeechEngines.available("Linux", s.programs()).get(0);

        assertEquals("spd-say", spd.name());
        assertTrue(spd.speaks(ZH));
        assertTrue(spd.speaks(Locale.ENGLISH));
        assertFalse(spd.speaks(Locale.GERMAN));
        Utterance words = spd.say("Rest.", Locale.ENGLISH);
        awaitEnd(words);
        assertEquals("-w|-P|text|-l|en-US|-r|-20|Rest.|", s.calls("spd-say").get(s.calls("spd-say").size() - 1));
    }

    @Test
    void espeakComesBeforeSpdSayOnLinux() {
        StandIns s = standIns();
        s.add("spd-say", "exit 0");
        s.add("espeak-ng", "exit 0");

        assertEquals(List.of("espeak-ng", "spd-say"),
                SpeechEngines.available("Linux", s.programs()).stream().map(SpeechEngine::name).toList());
    }

    @Test
    void macSayPicksAnInstalledVoiceForTheLanguage() throws Exception {
        StandIns s = standIns();
        s.add("say", """
                if [ "$1" = "-v" ] && [ "$2" = "?" ]; then
                  printf 'Alex                en_US    # Most people recognize me by my voice.\\n'
                  printf 'Ting-Ting           zh_CN    # 你好，我叫婷婷。\\n'
                fi""");
        SpeechEngine say = SpeechEngines.available("Mac OS X", s.programs()).get(0);

        assertTrue(say.speaks(ZH));
        assertFalse(say.speaks(Locale.JAPANESE));
        awaitEnd(say.say("三", ZH));
        List<String> calls = s.calls("say");
        assertEquals("-v|Ting-Ting|三|", calls.get(calls.size() - 1));
    }

    @Test
    void windowsSpeechPassesTheWordsOutsideTheScript() throws Exception {
        StandIns s = standIns();
        s.add("powershell", """
                case "$4" in
                  *Speak\\(*) printf '%s|%s\\n' "$NIGHTCRAMP_CULTURE" "$NIGHTCRAMP_WORDS" >> "$(dirname "$0")/spoken" ;;
                  *) printf 'en-US\\nzh-CN\\n' ;;
                esac""");
        SpeechEngine windows = SpeechEngines.available("Windows 11", s.programs()).get(0);

        assertTrue(windows.speaks(ZH));
        assertFalse(windows.speaks(Locale.KOREAN));
        String tricky = "Rest'; Remove-Item * ; '";
        awaitEnd(windows.say(tricky, Locale.ENGLISH));
        assertEquals(List.of("en-|" + tricky), java.nio.file.Files.readAllLines(dir.resolve("spoken")));
        assertTrue(s.calls("powershell").get(0).startsWith("-NoProfile|-NonInteractive|-Command|"));
    }

    @Test
    void noSpeechProgramMeansNoEngine() {
        assertEquals(List.of(), SpeechEngines.available("Linux", new org.nightcramp.relief.system.Programs(List.of(dir))));
    }
}
