package io.gizmostudio.server.auth;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Slows down key guessing: a token bucket of failed authentications per client address, {@code perMinute} deep and
 * refilled at {@code perMinute} a minute. A failure that finds the bucket empty is answered 429 instead of 401.
 * Successful authentication neither takes tokens nor is refused, so a client with a good key is never locked out
 * by another one that shares its address (on loopback every local client does).
 *
 * <p>Memory is bounded: at most {@link #MAX_ADDRESSES} buckets, the least recently failing dropped first (a dropped
 * address starts again with a full bucket, which only a sender of failures from thousands of addresses gains from).
 */
public final class FailedAuthThrottle {
    static final int MAX_ADDRESSES = 4096;
    private static final long NANOS_PER_MINUTE = 60_000_000_000L;

    private final int perMinute;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_ADDRESSES;
        }
    };

    private static final class Bucket {
        double tokens;
        long last;

        Bucket(double tokens, long last) {
            this.tokens = tokens;
            this.last = last;
        }
    }

    public FailedAuthThrottle(int perMinute) {
        this(perMinute, System::nanoTime);
    }

    FailedAuthThrottle(int perMinute, LongSupplier nanoTime) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("perMinute must be at least 1");
        }
        this.perMinute = perMinute;
        this.nanoTime = nanoTime;
    }

    /**
     * Records one failed authentication from {@code address}: 0 when it is within the budget (answer 401), else the
     * seconds until the next failure would be (answer 429 with that Retry-After).
     */
    public synchronized long failed(String address) {
        long now = nanoTime.getAsLong();
        double perNano = (double) perMinute / NANOS_PER_MINUTE;
        Bucket b = buckets.computeIfAbsent(address, a -> new Bucket(perMinute, now));
        b.tokens = Math.min(perMinute, b.tokens + Math.max(0, now - b.last) * perNano);
        b.last = now;
        if (b.tokens >= 1) {
            b.tokens -= 1;
            return 0;
        }
        return Math.max(1, (long) Math.ceil((1 - b.tokens) / perNano / 1e9));
    }

    /** Addresses currently tracked (for tests of the memory bound). */
    synchronized int trackedAddresses() {
        return buckets.size();
    }
}
