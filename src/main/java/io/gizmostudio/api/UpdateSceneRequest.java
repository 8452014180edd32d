package io.gizmostudio.api;

/** Body of {@code PATCH /v1/scenes/{id}}; null fields stay as they are. */
public record UpdateSceneRequest(String name, String description) {
}
