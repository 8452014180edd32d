package io.gizmostudio.api;

/** Body of {@code POST /v1/scenes/{id}/assets}; position and rotation default to origin and identity. */
public record AddPlacementRequest(String assetId, Position position, Rotation rotation) {
}
