package io.gizmostudio.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * A scene: placed assets on a Z-up ground. {@code assets} is empty in list summaries; {@code description}
 * is sent as null when absent. {@code updatedAt} (local-engine extension) moves on every change to the scene
 * or its placements, and only then.
 */
public record Scene(String id, String name, @JsonInclude(JsonInclude.Include.ALWAYS) String description,
                    Instant createdAt, Instant updatedAt, List<Placement> assets) {
    public Scene {
        assets = assets == null ? List.of() : List.copyOf(assets);
    }
}
