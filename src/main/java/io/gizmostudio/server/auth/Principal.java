package io.gizmostudio.server.auth;

import java.time.Instant;

/** The key a request authenticated with: its id (owner of assets and scenes), never the secret. */
public record Principal(String keyId, String name, Instant createdAt, int rateLimitPerMinute) {
}
