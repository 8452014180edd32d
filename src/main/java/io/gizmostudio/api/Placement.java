package io.gizmostudio.api;

import java.time.Instant;
import java.util.Map;

/**
 * One asset placed in a scene at a pose. The same asset may be placed many times.
 *
 * <p>Local-engine extensions (additive; null when a server does not send them): {@code mobility} is
 * {@link PlacementMobility#FIXED} or {@link PlacementMobility#FREE}, always the effective value (the asset's
 * default unless the placement sets one); {@code jointPositions} maps the asset's own joint names to initial
 * positions (radians for revolute and continuous joints, metres for prismatic ones), in the asset's joint
 * order, empty when every joint starts at zero. {@code name} is the placement's own, editable name (the
 * asset's name unless set).
 */
public record Placement(String placementId, String assetId, String name, Position position, Rotation rotation,
                        Instant addedAt, String mobility, Map<String, Double> jointPositions) {
    public Placement {
        jointPositions = JointPositions.copy(jointPositions);
    }

    /** A placement as alpha servers send it: no mobility, no joint positions. */
    public Placement(String placementId, String assetId, String name, Position position, Rotation rotation, Instant addedAt) {
        this(placementId, assetId, name, position, rotation, addedAt, null, null);
    }

    /** This placement as an entry of {@code PUT /v1/scenes/{id}/assets}, keeping its id. */
    public PlacementEntry toEntry() {
        return new PlacementEntry(placementId, assetId, name, position, rotation, mobility, jointPositions);
    }
}
