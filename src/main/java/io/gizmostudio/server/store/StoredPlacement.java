package io.gizmostudio.server.store;

import io.gizmostudio.api.Position;
import io.gizmostudio.api.Rotation;
import java.time.Instant;

/** One placement row: an asset at a pose in a scene; {@code rotation} is already a unit quaternion. */
public record StoredPlacement(String id, String assetId, String name, Position position, Rotation rotation, Instant addedAt) {
}
