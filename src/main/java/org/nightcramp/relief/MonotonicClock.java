package org.nightcramp.relief;

/**
 * A clock that only moves forward, in nanoseconds from an arbitrary origin. The routine engine
 * reads time only through this, so a changed wall clock cannot move a countdown and tests can
 * drive time by hand.
 */
@FunctionalInterface
public interface MonotonicClock {

    long nanos();

    /** The JVM's monotonic clock, {@link System#nanoTime()}. */
    static MonotonicClock system() {
        return System::nanoTime;
    }
}
