package org.nightcramp.relief;

import java.time.Duration;

/** A clock the test moves by hand; it starts far from zero so no code can rely on a zero origin. */
final class FakeClock implements MonotonicClock {

    // Volatile: tests move it on their thread while the panel's frame timer reads it on the FX thread.
    private volatile long now = 7_000_000_000_000L;

    @Override
    public long nanos() {
        return now;
    }

    FakeClock advance(Duration step) {
        now += step.toNanos();
        return this;
    }

    FakeClock advanceMillis(long millis) {
        return advance(Duration.ofMillis(millis));
    }

    FakeClock advanceSeconds(double seconds) {
        now += Math.round(seconds * 1e9);
        return this;
    }
}
