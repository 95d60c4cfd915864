package org.nightcramp.relief;

import javax.sound.sampled.AudioFormat;

/**
 * The cues' sounds, synthesized as soft sine tones: a two-note chime for a step change, a rising
 * three-note one for the end, and a short quiet tick. Each note fades in and out, so no click.
 */
final class Tones {

    static final float SAMPLE_RATE = 44_100f;
    /** 16-bit signed little-endian mono: every output line on every platform takes it. */
    static final AudioFormat FORMAT = new AudioFormat(SAMPLE_RATE, 16, 1, true, false);
    /** Loudest a cue gets, as a fraction of full scale: gentle at 3 a.m. */
    static final double PEAK = 0.28;
    private static final double ATTACK_SECONDS = 0.012;

    private Tones() {
    }

    /** The sound of {@code cue} as PCM in {@link #FORMAT}. */
    static byte[] pcm(Cue cue) {
        return switch (cue) {
            case STEP_CHANGE -> notes(PEAK, new double[] {659.25, 880.0}, new double[] {0.16, 0.32});
            case END -> notes(PEAK, new double[] {523.25, 659.25, 783.99, 1046.5}, new double[] {0.16, 0.16, 0.16, 0.7});
            case TICK -> notes(PEAK * 0.4, new double[] {1318.5}, new double[] {0.05});
        };
    }

    private static byte[] notes(double peak, double[] hertz, double[] seconds) {
        int total = 0;
        for (double s : seconds) {
            total += samples(s);
        }
        byte[] out = new byte[total * 2];
        int at = 0;
        for (int n = 0; n < hertz.length; n++) {
            int count = samples(seconds[n]);
            for (int i = 0; i < count; i++) {
                double t = i / (double) SAMPLE_RATE;
                double value = peak * envelope(t, seconds[n]) * Math.sin(2 * Math.PI * hertz[n] * t);
                short sample = (short) Math.round(value * Short.MAX_VALUE);
                out[at++] = (byte) sample;
                out[at++] = (byte) (sample >> 8);
            }
        }
        return out;
    }

    /** A quick rise, then an exponential fall that reaches silence exactly at the end of the note. */
    private static double envelope(double t, double length) {
        double rise = Math.min(1, t / ATTACK_SECONDS);
        double fall = Math.exp(-4 * t / length) * (1 - t / length);
        return rise * fall;
    }

    private static int samples(double seconds) {
        return (int) Math.round(seconds * SAMPLE_RATE);
    }
}
