package io.gizmostudio.client;

import java.time.Duration;
import java.util.Optional;

/** 429: too many requests for this key; {@link #retryAfter()} says when to try again, when the server said so. */
public final class RateLimitedException extends GizmoException {
    private final Duration retryAfter;

    public RateLimitedException(String error, String code, String serverMessage, Duration retryAfter) {
        super(429, error, code, serverMessage, null);
        this.retryAfter = retryAfter;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
