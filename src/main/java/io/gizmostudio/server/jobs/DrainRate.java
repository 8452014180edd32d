package io.gizmostudio.server.jobs;

import java.time.Duration;
import java.util.OptionalDouble;
import java.util.function.LongSupplier;

/**
 * How fast the generation queue is actually emptying: completions per second over the last {@code samples}
 * completions no older than {@code window}. Measured at the queue's exit, it already accounts for workers sharing
 * fewer cores than there are workers, which a per-job time divided by the worker count does not.
 */
final class DrainRate {
    private final LongSupplier nanoTime;
    private final long[] completedAt;
    private final long windowNanos;
    private int next;
    private int count;

    DrainRate(LongSupplier nanoTime, int samples, Duration window) {
        if (samples < 2) {
            throw new IllegalArgumentException("a rate needs at least 2 samples");
        }
        this.nanoTime = nanoTime;
        this.completedAt = new long[samples];
        this.windowNanos = window.toNanos();
    }

    /** Records one finished job, now. */
    synchronized void completed() {
        completedAt[next] = nanoTime.getAsLong();
        next = (next + 1) % completedAt.length;
        count = Math.min(count + 1, completedAt.length);
    }

    /** Completions per second lately; empty until two completions fall inside the window. */
    synchronized OptionalDouble perSecond() {
        long now = nanoTime.getAsLong();
        long newest = Long.MIN_VALUE;
        long oldest = Long.MAX_VALUE;
        int recent = 0;
        for (int i = 0; i < count; i++) {
            long t = completedAt[i];
            if (now - t <= windowNanos) {
                recent++;
                newest = Math.max(newest, t);
                oldest = Math.min(oldest, t);
            }
        }
        if (recent < 2 || newest == oldest) {
            return OptionalDouble.empty();
        }
        // n completions span n - 1 intervals; the time since the newest one counts too, so a queue that stalled
        // reads as slowing down instead of keeping its last good rate.
        return OptionalDouble.of((recent - 1) / ((Math.max(newest, now) - oldest) / 1e9));
    }
}
