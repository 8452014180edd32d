package io.gizmostudio.server.auth;

import io.gizmostudio.server.store.RateBuckets;
import java.time.Clock;

/** The token bucket of {@link RateLimiter}, kept in the shared store so all instances of a team server draw on it. */
public final class SharedRateLimiter implements RateLimits {
    private final RateBuckets buckets;
    private final Clock clock;

    public SharedRateLimiter(RateBuckets buckets, Clock clock) {
        this.buckets = buckets;
        this.clock = clock;
    }

    @Override
    public RateLimiter.Decision acquire(String keyId, int perMinute) {
        double perSecond = perMinute / 60.0;
        RateBuckets.Taken t = buckets.take(keyId, perMinute, perMinute / 60_000.0, clock.millis());
        long reset = (long) Math.ceil((perMinute - t.tokens()) / perSecond);
        long retryAfter = t.allowed() ? 0 : Math.max(1, (long) Math.ceil((1 - t.tokens()) / perSecond));
        return new RateLimiter.Decision(t.allowed(), perMinute, (int) Math.floor(t.tokens()), reset, retryAfter);
    }
}
