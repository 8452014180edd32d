package io.gizmostudio.server.store;

import java.time.Instant;

/**
 * An API key row: never the key itself, only its hash. {@code revokedAt} is null while the key is valid;
 * {@code rateLimitPerMinute} null means the server's default.
 */
public record StoredKey(String keyId, String name, String keyHash, Instant createdAt, Instant revokedAt,
                        Integer rateLimitPerMinute) {
    public boolean isRevoked() {
        return revokedAt != null;
    }
}
