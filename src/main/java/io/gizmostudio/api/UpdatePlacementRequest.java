package io.gizmostudio.api;

import java.util.Map;

/**
 * Body of {@code PATCH /v1/scenes/{id}/assets/{placement_id}}; null fields stay as they are.
 *
 * <p>Local-engine extensions: {@code name}; {@code mobility} ({@code "fixed"} | {@code "free"}; a JSON
 * {@code null}, which this record cannot send, resets it to the asset's default); {@code jointPositions}
 * replaces the placement's whole map ({@code {}} puts every joint back at zero). Rules as in
 * {@link AddPlacementRequest}.
 */
public record UpdatePlacementRequest(Position position, Rotation rotation, String name, String mobility,
                                     Map<String, Double> jointPositions) {
    public UpdatePlacementRequest {
        jointPositions = JointPositions.copy(jointPositions);
    }

    public UpdatePlacementRequest(Position position, Rotation rotation) {
        this(position, rotation, null, null, null);
    }
}
