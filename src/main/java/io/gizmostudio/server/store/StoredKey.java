package io.gizmostudio.server.store;

import java.time.Instant;

/**
 * An API key row: never the key itself, only its hash. {@code revokedAt} is null while the key is valid;
 * {@code rateLimitPerMinute} null means the server's default; {@code source} says how long the key is valid.
 */
public record StoredKey(String keyId, String name, String keyHash, Instant createdAt, Instant revokedAt,
                        Integer rateLimitPerMinute, KeySource source) {
    public boolean isRevoked() {
        return revokedAt != null;
    }
}
