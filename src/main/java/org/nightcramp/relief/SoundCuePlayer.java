package org.nightcramp.relief;

import java.lang.System.Logger.Level;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/**
 * Plays the cues through the computer's sound device on a worker thread, so the UI never waits
 * for audio. Without a device it goes silent, says so through {@link #status()}, and never fails.
 * The device is closed when no cue has played for a while, so other programs can have it.
 */
public final class SoundCuePlayer implements CuePlayer {

    private static final System.Logger LOG = System.getLogger(SoundCuePlayer.class.getName());
    /** Longer than any step without a cue (a minute of massage), so a routine keeps its device throughout. */
    static final long IDLE_CLOSE_SECONDS = 120;
    /** A short device buffer keeps a cue close to its moment; the tones are written in one go. */
    private static final int BUFFER_MILLIS = 100;
    /** Opens the device ahead of the first cue. */
    private static final Optional<Cue> PREPARE = Optional.empty();
    private static final byte[] NOTHING = new byte[0];

    private final PcmOutput.Opener opener;
    private final BlockingQueue<Optional<Cue>> queue = new LinkedBlockingQueue<>();
    /** Only the worker touches it: the tones are made there, when it opens the device. */
    private final Map<Cue, byte[]> sounds = new EnumMap<>(Cue.class);
    private volatile SoundStatus status = SoundStatus.UNKNOWN;
    private Thread worker;

    /** Plays through the default sound device. */
    public SoundCuePlayer() {
        this(SoundCuePlayer::openDefaultLine);
    }

    SoundCuePlayer(PcmOutput.Opener opener) {
        this.opener = opener;
    }

    @Override
    public void play(Cue cue) {
        if (status != SoundStatus.UNAVAILABLE) {
            startWorker();
            queue.offer(Optional.of(cue));
        }
    }

    @Override
    public void prepare() {
        if (status != SoundStatus.UNAVAILABLE) {
            startWorker();
            queue.offer(PREPARE);
        }
    }

    @Override
    public SoundStatus status() {
        return status;
    }

    private synchronized void startWorker() {
        if (worker == null) {
            worker = new Thread(this::run, "relief-cues");
            worker.setDaemon(true);
            worker.start();
        }
    }

    private void run() {
        PcmOutput out = null;
        try {
            while (true) {
                Optional<Cue> next = out == null ? queue.take() : queue.poll(IDLE_CLOSE_SECONDS, TimeUnit.SECONDS);
                if (next == null) {
                    out.close();
                    out = null;
                    continue;
                }
                if (out == null) {
                    out = open();
                    if (out == null) {
                        return;
                    }
                    // Made once the device is open (before a routine's first cue, by prepare),
                    // so no cue waits for its tones and the app's start does not make them.
                    for (Cue cue : Cue.values()) {
                        sounds.computeIfAbsent(cue, Tones::pcm);
                    }
                }
                try {
                    out.write(next.map(sounds::get).orElse(NOTHING));
                } catch (RuntimeException e) {
                    // A device unplugged mid-routine: drop this cue and open afresh for the next.
                    LOG.log(Level.WARNING, "A cue could not be played; the sound device will be opened again", e);
                    out.close();
                    out = null;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (out != null) {
                out.close();
            }
        }
    }

    private PcmOutput open() {
        try {
            PcmOutput out = opener.open();
            status = SoundStatus.AVAILABLE;
            return out;
        } catch (Exception | LinkageError e) {
            status = SoundStatus.UNAVAILABLE;
            queue.clear();
            LOG.log(Level.WARNING, "No sound for the routine's cues; they will be shown only: " + e);
            return null;
        }
    }

    private static PcmOutput openDefaultLine() throws LineUnavailableException {
        // Throws IllegalArgumentException when the computer has no output that takes the format.
        SourceDataLine line = AudioSystem.getSourceDataLine(Tones.FORMAT);
        int frameBytes = Tones.FORMAT.getFrameSize();
        line.open(Tones.FORMAT, (int) (Tones.SAMPLE_RATE * BUFFER_MILLIS / 1000) * frameBytes);
        line.start();
        return new PcmOutput() {
            @Override
            public void write(byte[] pcm) {
                line.write(pcm, 0, pcm.length);
            }

            @Override
            public void close() {
                line.drain();
                line.close();
            }
        };
    }
}
