package io.gizmostudio.server.store;

/** A response kept for an {@code Idempotency-Key}: enough to send it again byte for byte. */
public record StoredResponse(String fingerprint, int status, String contentType, String disposition, byte[] body) {
}
