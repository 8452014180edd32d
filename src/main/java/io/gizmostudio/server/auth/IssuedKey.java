package io.gizmostudio.server.auth;

import java.time.Instant;

/** A key just created: the only moment its secret exists outside the caller's hands. Never log {@code secret}. */
public record IssuedKey(String keyId, String name, String secret, Instant createdAt) {
    @Override
    public String toString() {
        return "IssuedKey[" + keyId + ", " + name + "]";
    }
}
