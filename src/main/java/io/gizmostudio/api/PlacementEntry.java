package io.gizmostudio.api;

import java.util.Map;

/**
 * One entry of {@code PUT /v1/scenes/{id}/assets} (local-engine extension). {@code placementId} is null for a
 * new placement (the server mints one) or the id of a placement of this scene, which keeps it;
 * {@code assetId}, {@code name}, {@code position} and {@code rotation} are required; {@code mobility} and
 * {@code jointPositions} are optional with the defaults and rules of {@link AddPlacementRequest}.
 */
public record PlacementEntry(String placementId, String assetId, String name, Position position, Rotation rotation,
                             String mobility, Map<String, Double> jointPositions) {
    public PlacementEntry {
        jointPositions = JointPositions.copy(jointPositions);
    }
}
