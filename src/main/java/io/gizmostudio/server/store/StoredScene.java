package io.gizmostudio.server.store;

import java.time.Instant;
import java.util.List;

/** A scene row with its placements in insertion order (empty when read for a list). */
public record StoredScene(String id, String owner, String name, String description, Instant createdAt, Instant updatedAt,
                          List<StoredPlacement> placements) {
    public StoredScene {
        placements = List.copyOf(placements);
    }
}
