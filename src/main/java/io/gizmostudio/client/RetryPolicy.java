package io.gizmostudio.client;

import java.time.Duration;
import java.util.Objects;

/**
 * When and how long to wait before repeating a failed request.
 *
 * <p>Default: at most 4 attempts; exponential backoff 0.5 s, 1 s, 2 s, … capped at 8 s, with full jitter
 * (each wait is uniformly drawn from [0, that value)); a server's {@code Retry-After} is honoured exactly
 * when it is at most 30 s, and a longer one ends the retries (the caller gets a {@code RateLimitedException}
 * that carries it) rather than blocking a thread for minutes.
 *
 * @param maxAttempts   attempts in all, the first one included (1 = never retry)
 * @param baseDelay     the wait before the first retry, before jitter
 * @param maxDelay      the largest backoff wait
 * @param retryAfterCap the longest {@code Retry-After} the client will sit out
 * @param jitter        whether backoff waits are drawn uniformly from [0, wait) ("full jitter")
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, Duration retryAfterCap,
                          boolean jitter) {
    public static final RetryPolicy DEFAULT = new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(8),
            Duration.ofSeconds(30), true);
    public static final RetryPolicy NEVER = new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO, false);

    public RetryPolicy {
        Objects.requireNonNull(baseDelay, "baseDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        Objects.requireNonNull(retryAfterCap, "retryAfterCap");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        if (baseDelay.isNegative() || maxDelay.isNegative() || retryAfterCap.isNegative()) {
            throw new IllegalArgumentException("delays may not be negative");
        }
    }

    public RetryPolicy withMaxAttempts(int attempts) {
        return new RetryPolicy(attempts, baseDelay, maxDelay, retryAfterCap, jitter);
    }

    public RetryPolicy withJitter(boolean on) {
        return new RetryPolicy(maxAttempts, baseDelay, maxDelay, retryAfterCap, on);
    }

    /**
     * The wait before retry number {@code retry} (1 = the first retry): {@code min(maxDelay, baseDelay·2^(retry-1))},
     * times {@code random} ∈ [0, 1) when jitter is on.
     */
    public Duration backoff(int retry, double random) {
        if (retry < 1) {
            throw new IllegalArgumentException("retry counts from 1, was " + retry);
        }
        long base = baseDelay.toMillis();
        long cap = maxDelay.toMillis();
        int doublings = Math.min(retry - 1, 20); // 2^20 · any base over 1 ms already exceeds a sane cap
        long exponential = Math.min(cap, base << doublings);
        if (!jitter) {
            return Duration.ofMillis(exponential);
        }
        double r = Math.max(0.0, Math.min(random, 1.0));
        return Duration.ofMillis((long) Math.floor(exponential * r));
    }
}
