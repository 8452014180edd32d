package io.gizmostudio.server.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * A scene in a list (§7: summaries omit {@code assets}); {@code description} is sent as null when absent.
 * {@code placementCount} is the local-engine extension {@code placement_count}: how many placements the scene holds.
 */
public record SceneSummary(String id, String name, @JsonInclude(JsonInclude.Include.ALWAYS) String description,
                           Instant createdAt, Instant updatedAt, int placementCount) {

    /** {@code GET /v1/scenes}: the page of summaries under {@code scenes}. */
    public record Page(List<SceneSummary> scenes, long total, int limit, int offset) {
    }
}
