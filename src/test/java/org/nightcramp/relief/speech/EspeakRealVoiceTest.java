package org.nightcramp.relief.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nightcramp.relief.system.Programs;

/**
 * Where espeak-ng is installed, real English and Mandarin speech, written to a WAV file with the
 * app's own voice choice and rate, is not silence. Skipped, saying why, where it is absent.
 */
class EspeakRealVoiceTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"en, Left leg. Lean into the wall and hold.", "zh-CN, 左腿。身体向墙倾，保持住。"})
    void speaksAudibly(String tag, String words) throws Exception {
        Optional<Path> program = Programs.system().find("espeak-ng");
        assumeTrue(program.isPresent(), "espeak-ng is not installed here (apt-get install espeak-ng); real speech not checked");
        EspeakEngine espeak = new EspeakEngine(Programs.system(), program.get());
        Locale language = Locale.forLanguageTag(tag);
        assertTrue(espeak.speaks(language), "espeak-ng has no voice for " + tag);

        Path wav = dir.resolve(tag + ".wav");
        Process process = new ProcessBuilder(espeak.commandToFile(words, language, wav))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "espeak-ng did not finish");
        assertEquals(0, process.exitValue());

        double seconds = seconds(wav);
        double rms = rms(wav);
        assertTrue(seconds > 1 && seconds < 10, tag + " lasted " + seconds + " s");
        assertTrue(rms > 0.02, tag + " is near silence: RMS " + rms);
    }

    private static double seconds(Path wav) throws Exception {
        try (AudioInputStream in = AudioSystem.getAudioInputStream(wav.toFile())) {
            return in.getFrameLength() / in.getFormat().getFrameRate();
        }
    }

    /** Root mean square of the 16-bit samples, 0 (silence) to 1 (full scale). */
    private static double rms(Path wav) throws Exception {
        try (AudioInputStream in = AudioSystem.getAudioInputStream(wav.toFile())) {
            AudioFormat format = in.getFormat();
            assertEquals(16, format.getSampleSizeInBits());
            byte[] pcm = in.readAllBytes();
            double sum = 0;
            int n = pcm.length / 2;
            for (int i = 0; i < n; i++) {
                int lo = pcm[2 * i] & 0xff;
                int hi = pcm[2 * i + 1];
                int sample = format.isBigEndian() ? ((lo << 8) | (hi & 0xff)) : ((hi << 8) | lo);
                sum += (double) sample * sample;
            }
            return Math.sqrt(sum / n) / 32768.0;
        } catch (IOException e) {
            throw new AssertionError("Not a WAV file: " + wav + " (" + Files.size(wav) + " bytes)", e);
        }
    }
}
