package io.gizmostudio.server.auth;

/**
 * A rate limit per key: in this process ({@link RateLimiter}) or, for a team server, one bucket per key in the
 * shared store that every instance takes from ({@link SharedRateLimiter}), so N instances do not give a key N times
 * its rate.
 */
public interface RateLimits {
    /** Takes one request's token from {@code keyId}'s bucket of {@code perMinute} if there is one. */
    RateLimiter.Decision acquire(String keyId, int perMinute);
}
