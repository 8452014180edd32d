package io.gizmostudio.api;

import java.util.Map;

/**
 * Body of {@code POST /v1/scenes/{id}/assets}; position and rotation default to origin and identity.
 *
 * <p>Local-engine extensions, each optional (null = omitted): {@code name} (1..200 characters, default the
 * asset's name), {@code mobility} ({@code "fixed"} | {@code "free"}, default the asset's own, see
 * {@link PlacementMobility}), {@code jointPositions} (the asset's movable joint names → finite numbers within
 * the joint's limits, radians or metres; a joint that mimics another is set through its leader). An unknown
 * joint name, a non-finite or out-of-range value or an unknown mobility is 400 {@code invalid_field}.
 */
public record AddPlacementRequest(String assetId, Position position, Rotation rotation, String name, String mobility,
                                  Map<String, Double> jointPositions) {
    public AddPlacementRequest {
        jointPositions = JointPositions.copy(jointPositions);
    }

    public AddPlacementRequest(String assetId, Position position, Rotation rotation) {
        this(assetId, position, rotation, null, null, null);
    }
}
