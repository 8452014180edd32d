package io.gizmostudio.api;

import java.time.Instant;

/** {@code GET /v1/whoami}: who the key belongs to; never the key itself. */
public record WhoAmI(String keyId, String name, Instant createdAt, Integer rateLimitPerMinute) {
}
