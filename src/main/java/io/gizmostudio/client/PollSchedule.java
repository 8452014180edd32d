package io.gizmostudio.client;

import java.time.Duration;
import java.util.Objects;

/**
 * The waits between status polls while a generation runs: {@code initial·factor^k}, capped at {@code max}.
 *
 * <p>{@link #LOCAL} (loopback engines, which finish in about a second): 250 ms, 375 ms, 562 ms, 843 ms,
 * 1265 ms, 1898 ms, then 2 s. {@link #REMOTE} (a team server or the cloud, 30–90 s jobs, 100 requests/min per
 * key): 1 s, 1.5 s, 2.25 s, 3.375 s, 5.062 s, 7.593 s, then 10 s.
 */
public record PollSchedule(Duration initial, double factor, Duration max) {
    public static final PollSchedule LOCAL = new PollSchedule(Duration.ofMillis(250), 1.5, Duration.ofSeconds(2));
    public static final PollSchedule REMOTE = new PollSchedule(Duration.ofSeconds(1), 1.5, Duration.ofSeconds(10));

    public PollSchedule {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(max, "max");
        if (initial.isNegative() || max.isNegative() || !(factor >= 1.0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("a poll schedule needs non-negative waits and a factor ≥ 1");
        }
    }

    /** The wait after poll number {@code k} (0-based), rounded down to whole milliseconds. */
    public Duration delay(int k) {
        double millis = initial.toMillis() * Math.pow(factor, Math.max(0, k));
        long capped = (long) Math.floor(Math.min(millis, (double) max.toMillis()));
        return Duration.ofMillis(capped);
    }
}
