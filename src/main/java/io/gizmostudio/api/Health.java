package io.gizmostudio.api;

/** {@code GET /v1/health}. */
public record Health(String status, String version) {
}
