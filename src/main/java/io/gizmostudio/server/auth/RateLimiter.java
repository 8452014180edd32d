package io.gizmostudio.server.auth;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per key: it holds up to {@code perMinute} tokens and refills {@code perMinute} per minute, so
 * bursts up to a minute's budget pass and a steady client gets its full rate.
 */
public final class RateLimiter implements RateLimits {
    private static final long NANOS_PER_MINUTE = 60_000_000_000L;
    private final LongSupplier nanoTime;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** The verdict on one request and what the X-RateLimit headers should say. */
    public record Decision(boolean allowed, int limit, int remaining, long resetSeconds, long retryAfterSeconds) {
    }

    public RateLimiter(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    public RateLimiter() {
        this(System::nanoTime);
    }

    /** Takes one token from {@code keyId}'s bucket if there is one. */
    @Override
    public Decision acquire(String keyId, int perMinute) {
        Bucket b = buckets.computeIfAbsent(keyId, k -> new Bucket(perMinute, nanoTime.getAsLong()));
        return b.take(perMinute, nanoTime.getAsLong());
    }

    private static final class Bucket {
        private double tokens;
        private long last;

        Bucket(int capacity, long now) {
            this.tokens = capacity;
            this.last = now;
        }

        synchronized Decision take(int capacity, long now) {
            double perNano = (double) capacity / NANOS_PER_MINUTE;
            tokens = Math.min(capacity, tokens + Math.max(0, now - last) * perNano);
            last = now;
            boolean allowed = tokens >= 1;
            if (allowed) {
                tokens -= 1;
            }
            long reset = seconds((capacity - tokens) / perNano);
            long retryAfter = allowed ? 0 : Math.max(1, seconds((1 - tokens) / perNano));
            return new Decision(allowed, capacity, (int) Math.floor(tokens), reset, retryAfter);
        }

        private static long seconds(double nanos) {
            return (long) Math.ceil(nanos / 1e9);
        }
    }
}
