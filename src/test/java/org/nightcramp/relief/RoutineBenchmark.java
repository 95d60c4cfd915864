package org.nightcramp.relief;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Runs whole routines on the real clock, driven from a JavaFX frame timer exactly as the panel is,
 * while the FX thread is frozen at random moments, and reports how far the end and every cue land
 * from their deadlines. Not a test: it asserts nothing and is left out of {@code mvn verify}; run
 * it with {@code mvn -Dgroups=benchmark -DexcludedGroups= test}.
 *
 * <p>To finish in about a minute and a half it runs the engine's clock {@value #DEFAULT_SCALE}
 * times faster than real time ({@code -Dbenchmark.scale=1} runs in real time, about 26 minutes).
 * Every error is reported in real milliseconds, which is what a frame and a person's ear measure.
 */
@Tag("benchmark")
@ExtendWith(ApplicationExtension.class)
class RoutineBenchmark {

    private static final System.Logger LOG = System.getLogger(RoutineBenchmark.class.getName());
    static final int DEFAULT_SCALE = 20;
    private static final double MS = 1e6;

    private final int scale = Integer.getInteger("benchmark.scale", DEFAULT_SCALE);
    private final long seed = Long.getLong("benchmark.seed", 20_250_131L);

    /** One routine as the benchmark runs it. */
    private record Scenario(String name, String routine, PlanOptions options) {
    }

    /**
     * A cue as heard.
     *
     * @param deadline on the engine's (fast) clock
     * @param at       when the frame timer delivered it, real nanos
     */
    private record Heard(Cue cue, long deadline, int phase, long at) {
    }

    /** A moment the FX thread was frozen. */
    private record Stall(long from, long to) {
        boolean overlaps(long start, long end) {
            return from <= end && to >= start;
        }
    }

    @Test
    void routinesKeepTimeWhileTheFxThreadStalls() throws Exception {
        List<Scenario> scenarios = List.of(
                new Scenario("Cramp now", TestRoutines.CRAMP_NOW, PlanOptions.defaults()),
                new Scenario("Before bed", TestRoutines.BEFORE_BED, PlanOptions.defaults()),
                new Scenario("Cramp now, 60 s x 5", TestRoutines.CRAMP_NOW, PlanOptions.of(60, 5, false)),
                new Scenario("Before bed, 30 s x 4", TestRoutines.BEFORE_BED, PlanOptions.of(30, 4, false)));
        Random random = new Random(seed);
        List<String> rows = new ArrayList<>();
        rows.add(String.format(Locale.ROOT, "Relief routine benchmark: engine clock x%d, seed %d, stalls of 50-400 ms"
                + " real (1-8 s of routine time) every 0.3-2 s; times in real ms", scale, seed));
        rows.add(String.format(Locale.ROOT, "%-21s %7s %6s %6s %8s | %5s %5s %5s %5s | %5s %5s | %5s %6s %7s",
                "routine", "planned", "stalls", "end", "drift", "1st", "p50", "p95", "max", "gap99", "gapmx",
                "stall", "after", "dropped"));
        for (Scenario scenario : scenarios) {
            rows.add(run(scenario, random));
        }
        rows.add("end: ms the END cue was heard after its planned moment. drift: END deadline minus the plan, in ns");
        rows.add("of the engine's clock. 1st: cues delivered by the first frame at or after their deadline, of all.");
        rows.add("p50/p95/max: ms from deadline to delivery for cues with no stall in between; gap99/gapmx: the frame");
        rows.add("timer's own gaps between frames outside stalls (what a free thread can do at best). stall: cues a");
        rows.add("stall held back; after: ms from that stall's end to delivery, worst. dropped: ticks and step changes");
        rows.add("coalesced because a later cue fell due in the same stall. Targets: end < 20 ms; a cue <= 17 ms late.");
        String table = String.join(System.lineSeparator(), rows);
        LOG.log(Level.INFO, System.lineSeparator() + table);
        Path out = Path.of("target", "benchmark", "relief-routine.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table + System.lineSeparator());
    }

    private String run(Scenario scenario, Random random) throws InterruptedException, IOException {
        RoutinePlan plan = RoutinePlan.of(TestRoutines.routine(scenario.routine()), scenario.options());
        long origin = System.nanoTime();
        MonotonicClock fast = () -> origin + (System.nanoTime() - origin) * scale;
        RoutineEngine engine = new RoutineEngine(plan, fast);
        List<Heard> heard = new ArrayList<>();
        List<Stall> stalls = new ArrayList<>();
        List<Long> frames = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        // What the panel's refresh does: ask the engine, and hear whatever fell due.
        Runnable refresh = () -> {
            long now = System.nanoTime();
            frames.add(now);
            Snapshot s = engine.snapshot(origin + (now - origin) * scale);
            s.cues().forEach(c -> heard.add(new Heard(c.cue(), c.deadlineNanos(), c.phaseIndex(), now)));
            if (s.state() == EngineState.WAITING) {
                // A person who answers at once; the plan goes on from the answer.
                engine.answerCheck(false);
            }
            if (s.state() == EngineState.FINISHED) {
                done.countDown();
            }
        };
        AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long pulse) {
                refresh.run();
                if (done.getCount() == 0) {
                    stop();
                }
            }
        };
        ScheduledExecutorService staller = Executors.newSingleThreadScheduledExecutor();
        Runnable[] next = new Runnable[1];
        next[0] = () -> {
            long length = TimeUnit.MILLISECONDS.toNanos(50 + random.nextInt(351));
            Platform.runLater(() -> stalls.add(freeze(length)));
            staller.schedule(next[0], 300 + random.nextInt(1701), TimeUnit.MILLISECONDS);
        };
        Platform.runLater(() -> {
            // As the panel does after every command, so the start is heard at once, not a frame later.
            engine.start();
            refresh.run();
            timer.start();
        });
        staller.schedule(next[0], 300 + random.nextInt(1701), TimeUnit.MILLISECONDS);
        long planned = plan.plannedNanos() / scale;
        if (!done.await(planned / 1_000_000 + 60_000, TimeUnit.MILLISECONDS)) {
            throw new IOException("The routine did not finish: " + scenario.name());
        }
        staller.shutdownNow();
        return report(scenario, plan, origin, heard, List.copyOf(stalls), List.copyOf(frames));
    }

    /** Keeps the FX thread busy, as a long layout or a slow disk would. */
    private static Stall freeze(long nanos) {
        long from = System.nanoTime();
        while (System.nanoTime() - from < nanos) {
            Thread.onSpinWait();
        }
        return new Stall(from, System.nanoTime());
    }

    private String report(Scenario scenario, RoutinePlan plan, long origin, List<Heard> heard, List<Stall> stalls,
                          List<Long> frames) {
        Heard end = heard.get(heard.size() - 1);
        // The plan from the start, or from the answer to the clot check, which waits for the person.
        long plannedEnd = plan.first(PhaseKind.CHECK).map(check -> {
            long resumed = heard.stream().filter(h -> h.cue() == Cue.STEP_CHANGE && h.phase() == check.index() + 1)
                    .findFirst().orElseThrow().deadline();
            return resumed + plan.phases().stream().filter(p -> p.index() > check.index())
                    .mapToLong(Phase::durationNanos).sum();
        }).orElse(heard.get(0).deadline() + plan.plannedNanos());
        double endError = (end.at() - real(origin, plannedEnd)) / MS;
        List<Double> free = new ArrayList<>();
        double maxAfterStall = 0;
        int inStall = 0;
        int firstFrame = 0;
        for (Heard h : heard) {
            long due = real(origin, h.deadline());
            // The engine's part: the first frame that looked at or after the deadline delivered the cue.
            if (frames.stream().noneMatch(f -> f >= due && f < h.at())) {
                firstFrame++;
            }
            Stall stall = stalls.stream().filter(s -> s.overlaps(due, h.at())).reduce((a, b) -> b).orElse(null);
            if (stall == null) {
                free.add((h.at() - due) / MS);
            } else {
                inStall++;
                maxAfterStall = Math.max(maxAfterStall, (h.at() - stall.to()) / MS);
            }
        }
        List<Double> gaps = new ArrayList<>();
        for (int i = 1; i < frames.size(); i++) {
            long a = frames.get(i - 1);
            long b = frames.get(i);
            if (stalls.stream().noneMatch(s -> s.overlaps(a, b))) {
                gaps.add((b - a) / MS);
            }
        }
        gaps.sort(Double::compare);
        free.sort(Double::compare);
        long holds = plan.phases().stream().filter(p -> p.kind() == PhaseKind.HOLD).count();
        long expected = plan.size() + RoutineEngine.TICK_SECONDS * holds + 1;
        return String.format(Locale.ROOT,
                "%-21s %7s %6d %6.1f %8d | %5s %5.1f %5.1f %5.1f | %5.1f %5.1f | %5d %6.1f %7d",
                scenario.name(), minutes(plan.plannedNanos()), stalls.size(), endError,
                end.deadline() - plannedEnd, firstFrame + "/" + heard.size(), percentile(free, 50),
                percentile(free, 95), percentile(free, 100), percentile(gaps, 99), percentile(gaps, 100),
                inStall, maxAfterStall, expected - heard.size());
    }

    /** A moment on the engine's fast clock, in real nanos. */
    private long real(long origin, long fastNanos) {
        return origin + (fastNanos - origin) / scale;
    }

    private static String minutes(long nanos) {
        long s = TimeUnit.NANOSECONDS.toSeconds(nanos);
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    private static double percentile(List<Double> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
