package io.gizmostudio.api;

/** Body of {@code POST /v1/scenes}; description optional. */
public record CreateSceneRequest(String name, String description) {
}
