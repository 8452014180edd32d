package io.gizmostudio.api;

import java.time.Instant;

/** One asset placed in a scene at a pose. The same asset may be placed many times. */
public record Placement(String placementId, String assetId, String name, Position position, Rotation rotation,
                        Instant addedAt) {
}
