package io.gizmostudio.server.store;

import io.gizmostudio.api.Position;
import io.gizmostudio.api.Rotation;
import io.gizmostudio.core.scene.Mobility;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One placement row: an asset at a pose in a scene; {@code rotation} is already a unit quaternion. {@code mobility}
 * is the effective one (rows from before it was stored read as their asset's default); {@code jointPositions}
 * holds the initial positions of the asset's joints by name, in the asset's joint order, already checked.
 */
public record StoredPlacement(String id, String assetId, String name, Position position, Rotation rotation, Instant addedAt,
                              Mobility mobility, Map<String, Double> jointPositions) {
    public StoredPlacement {
        if (mobility == null) {
            throw new IllegalArgumentException("a stored placement needs a mobility");
        }
        jointPositions = Collections.unmodifiableMap(new LinkedHashMap<>(jointPositions));
    }

    /** Whether {@code other} describes the same placement (ids, added time and every stored value). */
    public boolean sameAs(StoredPlacement other) {
        return equals(other) && jointPositions.keySet().stream().toList().equals(other.jointPositions.keySet().stream().toList());
    }
}
