package org.nightcramp.relief.speech;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import org.nightcramp.relief.system.Programs;

/**
 * Speaks the routine's words without ever holding up its clock. Requests are handed to one
 * worker through a single slot, not a queue: a newer request replaces one not yet started, words
 * still being spoken are cut short by the next step's, a count never cuts a step's words short
 * (it is dropped instead), and a request the worker reaches too late is dropped, never said late.
 */
public final class Speaker {

    private static final System.Logger LOG = System.getLogger(Speaker.class.getName());
    /** Words this late would describe a step the screen has already left. */
    static final long STALE_NANOS = TimeUnit.MILLISECONDS.toNanos(1200);

    private record Request(String words, Locale language, boolean count, long at) {
    }

    private static final Request HUSH = new Request("", Locale.ROOT, false, 0);

    private final List<SpeechEngine> engines;
    private final Executor worker;
    private final LongSupplier nanos;
    private final AtomicReference<Request> next = new AtomicReference<>();
    /** The engine chosen for each language tag; empty when none speaks it. */
    private final Map<String, Optional<SpeechEngine>> chosen = new ConcurrentHashMap<>();
    // Touched by the worker only.
    private Utterance current;
    private boolean currentIsCount;

    /**
     * @param engines best first
     * @param worker  runs one task at a time, off the FX thread
     * @param nanos   a monotonic clock, to drop requests the worker reaches too late
     */
    public Speaker(List<SpeechEngine> engines, Executor worker, LongSupplier nanos) {
        this.engines = List.copyOf(engines);
        this.worker = Objects.requireNonNull(worker, "worker");
        this.nanos = Objects.requireNonNull(nanos, "nanos");
    }

    /** The speech programs of this computer, on a worker thread of their own. */
    public static Speaker forThisComputer(LongSupplier nanos) {
        Executor worker = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "relief-voice");
            thread.setDaemon(true);
            return thread;
        });
        return new Speaker(SpeechEngines.available(System.getProperty("os.name", ""), Programs.system()),
                worker, nanos);
    }

    /** Whether words in {@code language} can be spoken; UNKNOWN until {@link #prepare} has looked. */
    public VoiceStatus status(Locale language) {
        Optional<SpeechEngine> engine = chosen.get(language.toLanguageTag());
        return engine == null ? VoiceStatus.UNKNOWN : engine.isPresent() ? VoiceStatus.AVAILABLE : VoiceStatus.UNAVAILABLE;
    }

    /** Looks for a voice for {@code language} on the worker, so the first words are not late. */
    public void prepare(Locale language) {
        worker.execute(() -> engineFor(language));
    }

    /**
     * Says {@code words}, replacing any request not yet started.
     *
     * @param count a "three, two, one": dropped rather than cutting a step's words short
     */
    public void say(String words, Locale language, boolean count) {
        next.set(new Request(words, language, count, nanos.getAsLong()));
        worker.execute(this::drain);
    }

    /** Stops any words now, as when the routine pauses or stops. */
    public void hush() {
        next.set(HUSH);
        worker.execute(this::drain);
    }

    private void drain() {
        Request request = next.getAndSet(null);
        if (request == null) {
            return;
        }
        boolean busy = current != null && current.speaking();
        if (request == HUSH) {
            if (busy) {
                current.cutShort();
            }
            return;
        }
        if (nanos.getAsLong() - request.at() > STALE_NANOS) {
            LOG.log(Level.DEBUG, "Dropped words reached too late: " + request.words());
            return;
        }
        Optional<SpeechEngine> engine = engineFor(request.language());
        if (engine.isEmpty()) {
            return;
        }
        if (busy) {
            if (request.count() && !currentIsCount) {
                return;
            }
            current.cutShort();
        }
        try {
            current = engine.get().say(request.words(), request.language());
            currentIsCount = request.count();
        } catch (IOException e) {
            LOG.log(Level.WARNING, engine.get().name() + " could not speak; words are left out: " + e);
        }
    }

    private Optional<SpeechEngine> engineFor(Locale language) {
        return chosen.computeIfAbsent(language.toLanguageTag(), tag -> {
            Optional<SpeechEngine> found = engines.stream().filter(e -> e.speaks(language)).findFirst();
            LOG.log(Level.INFO, found.map(e -> "Speaking " + tag + " with " + e.name())
                    .orElse("No voice for " + tag + " among " + engines.stream().map(SpeechEngine::name).toList()
                            + "; the routine sounds tones only"));
            return found;
        });
    }
}
