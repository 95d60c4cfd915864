package org.nightcramp.relief;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.sound.sampled.LineUnavailableException;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The synthesized tones, and a player that plays them in order or falls silent without a device. */
class CuePlayerTest {

    @Test
    void tonesAreSoftAndStartAndEndInSilence() {
        for (Cue cue : Cue.values()) {
            short[] samples = samples(Tones.pcm(cue));
            int peak = 0;
            for (short s : samples) {
                peak = Math.max(peak, Math.abs(s));
            }
            assertTrue(peak > 0 && peak <= Tones.PEAK * Short.MAX_VALUE + 1, cue + " peak " + peak);
            assertTrue(Math.abs(samples[0]) < 50 && Math.abs(samples[samples.length - 1]) < 50, cue + " clicks");
        }
    }

    @Test
    void eachCueSoundsDifferentAndTheTickIsShortAndQuiet() {
        byte[] step = Tones.pcm(Cue.STEP_CHANGE);
        byte[] end = Tones.pcm(Cue.END);
        byte[] tick = Tones.pcm(Cue.TICK);

        assertTrue(end.length > step.length && step.length > tick.length);
        assertTrue(tick.length / 2.0 / Tones.SAMPLE_RATE < 0.1, "a tick lasts under 0.1 s");
        assertTrue(max(samples(tick)) < max(samples(step)) / 2, "a tick is quieter than a step change");
    }

    @Test
    void playsCuesInOrderOnItsOwnThread() throws Exception {
        List<byte[]> written = new CopyOnWriteArrayList<>();
        List<String> threads = new CopyOnWriteArrayList<>();
        SoundCuePlayer player = new SoundCuePlayer(() -> new PcmOutput() {
            @Override
            public void write(byte[] pcm) {
                threads.add(Thread.currentThread().getName());
                written.add(pcm);
            }

            @Override
            public void close() {
            }
        });
        player.prepare();
        player.play(Cue.STEP_CHANGE);
        player.play(Cue.END);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> written.size() == 3);
        assertEquals(SoundStatus.AVAILABLE, player.status());
        assertEquals(0, written.get(0).length, "prepare only opens the device");
        assertArrayEquals(Tones.pcm(Cue.STEP_CHANGE), written.get(1));
        assertArrayEquals(Tones.pcm(Cue.END), written.get(2));
        assertEquals(List.of("relief-cues"), threads.stream().distinct().toList());
    }

    @Test
    void withoutADeviceItFallsSilentAndNeverFails() throws Exception {
        SoundCuePlayer player = new SoundCuePlayer(() -> {
            throw new LineUnavailableException("no audio device");
        });
        assertEquals(SoundStatus.UNKNOWN, player.status());
        player.play(Cue.STEP_CHANGE);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> player.status() == SoundStatus.UNAVAILABLE);
        player.play(Cue.TICK);
        player.prepare();
        assertEquals(SoundStatus.UNAVAILABLE, player.status());
        assertEquals(SoundStatus.UNAVAILABLE, new SilentCuePlayer().status());
    }

    private static short[] samples(byte[] pcm) {
        short[] out = new short[pcm.length / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (short) ((pcm[2 * i] & 0xff) | (pcm[2 * i + 1] << 8));
        }
        return out;
    }

    private static int max(short[] samples) {
        int m = 0;
        for (short s : samples) {
            m = Math.max(m, Math.abs(s));
        }
        return m;
    }
}
