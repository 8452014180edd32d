package io.gizmostudio.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * A scene: placed assets on a Z-up ground. {@code assets} is empty in list summaries; {@code description}
 * is sent as null when absent. {@code updatedAt} (local-engine extension) moves on every change to the scene
 * or its placements, and only then. {@code placementCount} (local-engine extension, list summaries only) is how
 * many placements the scene holds; null when the server does not send it (the cloud, alpha servers, and any
 * full scene, whose {@code assets} say it).
 */
public record Scene(String id, String name, @JsonInclude(JsonInclude.Include.ALWAYS) String description,
                    Instant createdAt, Instant updatedAt, List<Placement> assets, Integer placementCount) {
    public Scene {
        assets = assets == null ? List.of() : List.copyOf(assets);
    }

    /** A scene without a placement count: every full scene, and summaries from servers without the extension. */
    public Scene(String id, String name, String description, Instant createdAt, Instant updatedAt, List<Placement> assets) {
        this(id, name, description, createdAt, updatedAt, assets, null);
    }
}
