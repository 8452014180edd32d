package io.gizmostudio.api;

/** Body of {@code PATCH /v1/scenes/{id}/assets/{placement_id}}; null fields stay as they are. */
public record UpdatePlacementRequest(Position position, Rotation rotation) {
}
